package io.github.bulletinkit.layout;

import java.util.List;
import java.util.Objects;

/**
 * A bulletin's contents list: its heading, then an item for each section that leads to the section's heading.
 * Paged formats that know their pages add the page each section starts on.
 *
 * @param heading the list's heading, such as {@code Contents}
 * @param items one item for each section, in order
 * @since 0.2.0
 */
public record Contents(Block heading, List<Item> items) {

    /**
     * Checks that no part is null, and keeps an unmodifiable copy of the items.
     *
     * @param heading the list's heading
     * @param items the items
     */
    public Contents {
        Objects.requireNonNull(heading, "heading");
        items = List.copyOf(items);
    }

    /**
     * One item of the list.
     *
     * @param text the section's heading as the list shows it
     * @param anchor the {@link SectionHeading#anchor()} it leads to
     * @since 0.2.0
     */
    public record Item(Block text, String anchor) {

        /**
         * Checks that no part is null.
         *
         * @param text the section's heading as the list shows it
         * @param anchor the anchor it leads to
         */
        public Item {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(anchor, "anchor");
        }
    }
}
