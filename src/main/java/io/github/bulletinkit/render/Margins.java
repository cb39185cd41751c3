package io.github.bulletinkit.render;

/**
 * The white space around the page's content, in points (1/72 inch).
 *
 * @since 0.1.0
 */
public record Margins(float top, float right, float bottom, float left) {

    private static final float POINTS_PER_MM = 72f / 25.4f;

    public Margins {
        if (!(top >= 0 && right >= 0 && bottom >= 0 && left >= 0)) {
            throw new IllegalArgumentException("margins must not be negative");
        }
    }

    /** The same margin on every side, in millimetres. */
    public static Margins millimetres(float all) {
        float points = all * POINTS_PER_MM;
        return new Margins(points, points, points, points);
    }
}
