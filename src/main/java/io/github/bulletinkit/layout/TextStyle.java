package io.github.bulletinkit.layout;

import io.github.bulletinkit.theme.Rgb;

/**
 * How a block's text looks, resolved from the theme and the base size: every renderer draws a role with these
 * numbers, so that the formats agree.
 *
 * @param size the font size, in points
 * @param bold whether the whole block is bold (runs may add bold or italic of their own)
 * @param colour the colour of its text; links take {@link LayoutPlan#linkColour()} instead
 * @param lineHeight the distance from one baseline to the next, in points
 * @param spaceBefore the space above the block, in points; none at the top of a table cell
 * @param spaceAfter the space below the block, in points
 *
 * @since 0.2.0
 */
public record TextStyle(float size, boolean bold, Rgb colour, float lineHeight, float spaceBefore, float spaceAfter) {

    /** The same style with another space below. */
    TextStyle spacedAfter(float points) {
        return new TextStyle(size, bold, colour, lineHeight, spaceBefore, points);
    }
}
