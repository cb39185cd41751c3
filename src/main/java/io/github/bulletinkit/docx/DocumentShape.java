package io.github.bulletinkit.docx;

import io.github.bulletinkit.layout.LayoutPlan;

/**
 * What a bulletin holds beyond its entries, which decides the styles its document needs (the blocks of
 * {@code styles.xml} it keeps) and the level of its topics' headings. A bulletin of entries alone has the styles
 * it had before there were introductions and sections, to the byte.
 */
enum DocumentShape {
    /** Entries alone. */
    ENTRIES,
    /** Entries with an introduction or a closing: topics are still Heading 2. */
    ENTRIES_AND_PROSE,
    /** Sections: Heading 2 is a section's heading, Heading 3 a topic. */
    SECTIONS;

    static DocumentShape of(LayoutPlan plan) {
        if (!plan.sections().isEmpty()) {
            return SECTIONS;
        }
        return plan.introduction().isEmpty() && plan.closing().isEmpty() ? ENTRIES : ENTRIES_AND_PROSE;
    }

    /** Whether the template's blocks marked {@code block} are in a document of this shape. */
    boolean has(String block) {
        return switch (block) {
            case "prose" -> this != ENTRIES;
            case "sections" -> this == SECTIONS;
            default -> throw new IllegalStateException("unknown block " + block + " in styles.xml");
        };
    }

    /** The outline level of a topic's heading, from 1. */
    int topicLevel() {
        return this == SECTIONS ? 3 : 2;
    }
}
