package io.github.bulletinkit.render;

/** @since 0.1.0 */
public enum Orientation {
    PORTRAIT,
    LANDSCAPE
}
