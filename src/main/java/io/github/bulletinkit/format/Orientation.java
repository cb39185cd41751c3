package io.github.bulletinkit.format;

/**
 * Which way the page is turned.
 *
 * @since 0.1.0
 * @see PageSize#width(Orientation)
 */
public enum Orientation {
    /** Upright: the page size's width and height as they are. */
    PORTRAIT,
    /** On its side: the page size's width and height swapped. */
    LANDSCAPE
}
