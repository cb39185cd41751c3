package io.github.bulletinkit.docx;

import static io.github.bulletinkit.docx.WordXml.attribute;
import static io.github.bulletinkit.docx.WordXml.child;

import io.github.bulletinkit.model.Entry;
import io.github.bulletinkit.reading.Paragraph;
import io.github.bulletinkit.reading.ReadProblems;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/**
 * Reads a bulletin's tables: each one's header row (the column headings) and its rows, one entry each, within
 * the limit on entries of the whole bulletin. Belongs to one read; not thread-safe.
 */
final class TableReader {

    private static final String TABLE_SHAPE = "a bulletin's table has two columns, the information and the links";

    /**
     * One table as read.
     *
     * @param headings the two column headings; null when the header row is not of two cells
     * @param entries the entries of its rows
     */
    record Table(List<String> headings, List<Entry> entries) {
    }

    private final ParagraphReader reader;
    private final EntryRow entryRow;
    private final ReadProblems problems;
    private final int maxEntries;
    private int entries;

    TableReader(ParagraphReader reader, EntryRow entryRow, ReadProblems problems, int maxEntries) {
        this.reader = reader;
        this.entryRow = entryRow;
        this.problems = problems;
        this.maxEntries = maxEntries;
    }

    /**
     * Reads {@code table}, which is {@code where} ({@code table}, or {@code section 2, table}); reports column
     * headings other than {@code first}, the first table's (null for the first table itself).
     */
    Table read(Element table, String where, List<String> first) {
        List<Element> rows = new ArrayList<>();
        CellContent.elements(table, "tr", rows);
        List<String> headings = null;
        List<Entry> read = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String place = where + " row " + (i + 1);
            List<Element> cells = cells(rows.get(i), place);
            if (cells == null) {
                continue;
            }
            if (i == 0) {
                headings = List.of(heading(cells.get(0), place + ", left cell"),
                        heading(cells.get(1), place + ", right cell"));
                sameHeadings(first, headings, place);
            } else if (entries == maxEntries) {
                problems.at(place, "is past the limit of " + maxEntries + " entries");
                break;
            } else {
                Entry entry = entryRow.read(cells.get(0), cells.get(1), place);
                if (entry != null) {
                    read.add(entry);
                    entries++;
                }
            }
        }
        return new Table(headings, read);
    }

    /** Reports a section's table whose column headings are not the first table's. */
    private void sameHeadings(List<String> first, List<String> headings, String place) {
        if (first != null && !first.equals(headings)) {
            problems.at(place, "has the column headings " + ReadProblems.quote(headings.get(0)) + " and "
                    + ReadProblems.quote(headings.get(1)) + ", but the first table's are "
                    + ReadProblems.quote(first.get(0)) + " and " + ReadProblems.quote(first.get(1))
                    + "; every section's table has the bulletin's headings");
        }
    }

    /** The row's two cells; null after reporting a row of another shape. */
    private List<Element> cells(Element row, String place) {
        List<Element> cells = new ArrayList<>();
        CellContent.elements(row, "tc", cells);
        for (Element cell : cells) {
            Element properties = child(cell, "tcPr");
            Element span = properties == null ? null : child(properties, "gridSpan");
            if (properties != null && child(properties, "vMerge") != null
                    || span != null && !attribute(span, "val").equals("1")) {
                problems.at(place, "has merged cells; " + TABLE_SHAPE + ", and no merged cells");
                return null;
            }
        }
        if (cells.size() != 2) {
            problems.at(place, "has " + cells.size() + (cells.size() == 1 ? " cell; " : " cells; ") + TABLE_SHAPE);
            return null;
        }
        return cells;
    }

    private String heading(Element cell, String place) {
        List<Element> paragraphs = new ArrayList<>();
        CellContent.paragraphs(cell, paragraphs, place, problems);
        List<String> texts = paragraphs.stream().map(reader::read).filter(p -> !p.isBlank())
                .map(Paragraph::plainText).toList();
        if (texts.size() > 1) {
            problems.at(place, "holds " + texts.size() + " paragraphs; a column's heading is one");
        }
        return texts.isEmpty() ? "" : texts.get(0);
    }
}
