package io.github.bulletinkit.format;

/**
 * A paper size, in points (1/72 inch), portrait.
 *
 * @since 0.1.0
 */
public enum PageSize {
    /** ISO A4, 210 by 297 mm. */
    A4(595.276f, 841.89f),
    /** US Letter, 8.5 by 11 inches. */
    LETTER(612f, 792f);

    private final float width;
    private final float height;

    PageSize(float width, float height) {
        this.width = width;
        this.height = height;
    }

    /**
     * The width in points, in the given orientation.
     *
     * @param orientation portrait or landscape
     * @return the width of the page as it is turned, in points
     */
    public float width(Orientation orientation) {
        return orientation == Orientation.PORTRAIT ? width : height;
    }

    /**
     * The height in points, in the given orientation.
     *
     * @param orientation portrait or landscape
     * @return the height of the page as it is turned, in points
     */
    public float height(Orientation orientation) {
        return orientation == Orientation.PORTRAIT ? height : width;
    }
}
