package io.github.bulletinkit.odt;

import io.github.bulletinkit.layout.Role;
import io.github.bulletinkit.reading.ReadProblems;
import java.util.List;

/**
 * Finds the sections' headings of a document, as the Word reader does: the paragraph right before each table, in
 * the Heading 2 style or holding the bookmark {@code section-1} that the contents list links to.
 */
final class OdtSectionHeadings {

    private OdtSectionHeadings() {
    }

    /**
     * The index of each table's section heading among {@code items}, the last paragraph with text before it; null
     * for a bulletin without sections: one table with no heading in the Heading 2 style, or with a section's
     * bookmark, before it. Reports a table of several that has no heading.
     *
     * @param items the body's paragraphs, null where a table is
     * @param tables the index of each table among {@code items}
     */
    static int[] find(List<OdtParagraph> items, List<Integer> tables, ReadProblems problems) {
        int[] headings = new int[tables.size()];
        for (int k = 0; k < tables.size(); k++) {
            headings[k] = -1;
            for (int i = tables.get(k) - 1; i >= (k == 0 ? 0 : tables.get(k - 1) + 1); i--) {
                if (items.get(i) != null && !items.get(i).isBlank()) {
                    headings[k] = i;
                    break;
                }
            }
        }
        if (tables.size() == 1) {
            return headings[0] >= 0 && isSectionHeading(items.get(headings[0])) ? headings : null;
        }
        for (int k = 0; k < tables.size(); k++) {
            OdtParagraph heading = headings[k] < 0 ? null : items.get(headings[k]);
            // Above the first table, a line of the title or the introduction, or the contents list, is no heading.
            boolean missing = heading == null || k == 0 && !isSectionHeading(heading)
                    && (heading.role() != null || heading.isInternalLink());
            if (missing) {
                problems.at("table " + (k + 1), "has no heading before it; in a bulletin of sections, each table"
                        + " follows its section's heading, a paragraph in the Heading 2 style");
            }
        }
        return headings;
    }

    private static boolean isSectionHeading(OdtParagraph paragraph) {
        return paragraph.role() == Role.SECTION_HEADING || paragraph.sectionBookmark();
    }
}
