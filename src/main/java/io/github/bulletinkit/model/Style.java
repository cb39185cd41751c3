package io.github.bulletinkit.model;

/**
 * An emphasis that a run of text may carry. Runs may combine them.
 *
 * @since 0.1.0
 */
public enum Style {
    /** Bold text. */
    BOLD,
    /** Italic text. */
    ITALIC,
    /** Underlined text. */
    UNDERLINE
}
