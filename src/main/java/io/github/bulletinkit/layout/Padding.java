package io.github.bulletinkit.layout;

/**
 * The space inside a table cell, in points.
 *
 * @param top above the text
 * @param bottom below the text: a little more than above, for the last line's descenders
 * @param sides left and right, the same in every row so that text lines up down the table
 *
 * @since 0.2.0
 */
public record Padding(float top, float bottom, float sides) {
}
