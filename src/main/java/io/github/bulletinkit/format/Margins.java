package io.github.bulletinkit.format;

/**
 * The white space around the page's content, in points (1/72 inch). Immutable and thread-safe.
 *
 * @param top the margin above the content, in points; not negative
 * @param right the margin right of the content, in points; not negative
 * @param bottom the margin below the content, in points; not negative
 * @param left the margin left of the content, in points; not negative
 * @since 0.1.0
 */
public record Margins(float top, float right, float bottom, float left) {

    private static final float POINTS_PER_MM = 72f / 25.4f;

    /**
     * Checks that no margin is negative.
     *
     * @param top the margin above the content, in points
     * @param right the margin right of the content, in points
     * @param bottom the margin below the content, in points
     * @param left the margin left of the content, in points
     * @throws IllegalArgumentException when a margin is negative or not a number
     */
    public Margins {
        if (!(top >= 0 && right >= 0 && bottom >= 0 && left >= 0)) {
            throw new IllegalArgumentException("margins must not be negative");
        }
    }

    /**
     * The same margin on every side, in millimetres.
     *
     * @param all the margin, in millimetres; not negative
     * @return the margins, converted to points; never null
     * @throws IllegalArgumentException when {@code all} is negative or not a number
     */
    public static Margins millimetres(float all) {
        float points = all * POINTS_PER_MM;
        return new Margins(points, points, points, points);
    }
}
