package io.github.bulletinkit.layout;

import java.util.List;
import java.util.Objects;

/**
 * One entry's row of the table.
 *
 * @param index the entry's index in the bulletin, from 0
 * @param topic the entry's topic, for bookmarks and outlines
 * @param level the outline level of its topic: 2, or 3 in a bulletin of sections, under the section's heading
 * @param direction the direction of its cells: its entry's language's, else the document's; a right-to-left
 *     entry in a left-to-right bulletin keeps the table's columns where they are but runs right to left in them
 * @param information the left cell's blocks: topic, source, date, then each summary paragraph
 * @param links the right cell's parts: each link, followed on paper by its printed address and, when the
 *     address is short enough for one, its QR code; may be empty
 *
 * @since 0.2.0
 */
public record Row(int index, String topic, int level, Direction direction, List<Block> information,
        List<CellPart> links) {

    /**
     * Checks that no part is null, and keeps unmodifiable copies of the cells.
     *
     * @param index the entry's index, from 0
     * @param topic the entry's topic
     * @param level the outline level of its topic
     * @param direction the direction of its cells
     * @param information the left cell's blocks
     * @param links the right cell's parts
     */
    public Row {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(direction, "direction");
        information = List.copyOf(information);
        links = List.copyOf(links);
    }
}
