package io.github.bulletinkit.layout;

import java.util.Objects;

/**
 * A section's heading, which its table follows: a second-level heading that the contents list and outlines lead
 * to.
 *
 * @param index the section's index in the bulletin, from 0
 * @param heading the heading's text and style
 * @param anchor the name that links to it, the same in every format: {@code section-1} for the first
 * @since 0.2.0
 */
public record SectionHeading(int index, Block heading, String anchor) {

    /**
     * Checks that no part is null.
     *
     * @param index the section's index, from 0
     * @param heading the heading
     * @param anchor the name that links to it
     */
    public SectionHeading {
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(anchor, "anchor");
    }
}
