package io.github.bulletinkit.docx;

import io.github.bulletinkit.layout.Role;
import io.github.bulletinkit.reading.Paragraph;
import io.github.bulletinkit.reading.ReadProblems;
import java.util.List;
import java.util.regex.Pattern;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Finds the section headings of a body: a bulletin of several tables is one of sections, and the paragraph with
 * text right before each table is its section's heading. One table has a section's heading before it only if
 * that paragraph says so, by its style (Heading 2) or by the bookmark that the contents list links to
 * ({@code section-1}); else the bulletin has no sections. Belongs to one read; not thread-safe.
 */
final class SectionHeadings {

    private static final Pattern SECTION_BOOKMARK = Pattern.compile("section-\\d+");

    private final StyleRoles styles;
    private final ReadProblems problems;

    SectionHeadings(StyleRoles styles, ReadProblems problems) {
        this.styles = styles;
        this.problems = problems;
    }

    /**
     * The index among {@code blocks} of each table's section heading, or null for a bulletin without sections;
     * reports a table of several that has none.
     *
     * @param read each block's paragraph as read; null for a table
     * @param tables the index of each table among {@code blocks}
     */
    int[] find(List<Element> blocks, List<Paragraph> read, List<Integer> tables) {
        int[] headings = new int[tables.size()];
        for (int k = 0; k < tables.size(); k++) {
            headings[k] = lastWithText(read, k == 0 ? 0 : tables.get(k - 1) + 1, tables.get(k));
        }
        if (tables.size() == 1) {
            return headings[0] >= 0 && isSectionHeading(blocks.get(headings[0])) ? headings : null;
        }
        for (int k = 0; k < tables.size(); k++) {
            // Above the first table, a line of the title or the introduction, or the contents list, is no heading.
            boolean missing = headings[k] < 0 || k == 0 && !isSectionHeading(blocks.get(headings[0]))
                    && (styles.paragraphRole(WordXml.paragraphStyle(blocks.get(headings[0]))).isPresent()
                    || read.get(headings[0]).isInternalLink());
            if (missing) {
                problems.at("table " + (k + 1), "has no heading before it; in a bulletin of sections, each table"
                        + " follows its section's heading, a paragraph in the Heading 2 style");
            }
        }
        return headings;
    }

    /** Whether a paragraph is a section's heading by its style or by the bookmark the contents list links to. */
    private boolean isSectionHeading(Element paragraph) {
        if (styles.paragraphRole(WordXml.paragraphStyle(paragraph)).orElse(null) == Role.SECTION_HEADING) {
            return true;
        }
        // Word may move a bookmark around a whole paragraph to just before it.
        for (Node before = paragraph.getPreviousSibling(); WordXml.is(before, "bookmarkStart");
                before = before.getPreviousSibling()) {
            if (isSectionBookmark((Element) before)) {
                return true;
            }
        }
        return WordXml.descendants(paragraph, "bookmarkStart").stream().anyMatch(SectionHeadings::isSectionBookmark);
    }

    private static boolean isSectionBookmark(Element bookmark) {
        return SECTION_BOOKMARK.matcher(WordXml.attribute(bookmark, "name")).matches();
    }

    /** The index of the last paragraph with text in {@code [from, to)}; -1 when there is none. */
    private static int lastWithText(List<Paragraph> read, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (read.get(i) != null && !read.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }
}
