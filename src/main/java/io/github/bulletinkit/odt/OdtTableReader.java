package io.github.bulletinkit.odt;

import io.github.bulletinkit.model.Entry;
import io.github.bulletinkit.reading.ReadProblems;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one of a document's tables: its first row the column headings (in {@code table:table-header-rows} or
 * not), each further row an entry. A row that is not two cells, or has merged cells, is reported; so is a row
 * past the limit on the entries of the whole bulletin. Belongs to one read; not thread-safe.
 */
final class OdtTableReader {

    private static final String TABLE_SHAPE = "a bulletin's table has two columns, the information and the links";

    /**
     * One table as read.
     *
     * @param headings the two column headings; null when it has no row of two cells
     * @param entries the entries of its rows
     */
    record Table(List<String> headings, List<Entry> entries) {
    }

    private final OdtEntryRow entryRow;
    private final OdfStyleSheet styles;
    private final ReadProblems problems;
    private final int maxEntries;
    private int entries;

    OdtTableReader(OdtEntryRow entryRow, OdfStyleSheet styles, ReadProblems problems, int maxEntries) {
        this.entryRow = entryRow;
        this.styles = styles;
        this.problems = problems;
        this.maxEntries = maxEntries;
    }

    /** Reads {@code table}, {@code where}; reports column headings other than {@code first}, the first table's. */
    Table read(OdfElement table, String where, List<String> first) {
        List<OdfElement> rows = new ArrayList<>();
        rows(table, rows);
        List<String> headings = null;
        List<Entry> read = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String place = where + " row " + (i + 1);
            List<OdfElement> cells = cells(rows.get(i), place);
            if (cells == null) {
                continue;
            }
            if (i == 0) {
                headings = List.of(heading(cells.get(0), place + ", left cell"),
                        heading(cells.get(1), place + ", right cell"));
                if (first != null && !first.equals(headings)) {
                    problems.at(place, "has the column headings " + ReadProblems.quote(headings.get(0)) + " and "
                            + ReadProblems.quote(headings.get(1)) + ", but the first table's are "
                            + ReadProblems.quote(first.get(0)) + " and " + ReadProblems.quote(first.get(1))
                            + "; every section's table has the bulletin's headings");
                }
            } else if (entries == maxEntries) {
                problems.at(place, "is past the limit of " + maxEntries + " entries");
                break;
            } else {
                Entry entry = entryRow.read(paragraphs(cells.get(0), place + ", left cell"),
                        paragraphs(cells.get(1), place + ", right cell"), place);
                if (entry != null) {
                    read.add(entry);
                    entries++;
                }
            }
        }
        return new Table(headings, read);
    }

    /** The rows, header rows first, in the groups LibreOffice may put them in. */
    private static void rows(OdfElement container, List<OdfElement> rows) {
        for (OdfElement element : container.elements()) {
            switch (element.name()) {
                case "table:table-row" -> rows.add(element);
                case "table:table-header-rows", "table:table-rows", "table:table-row-group" -> rows(element, rows);
                default -> {
                    // Columns, the title and the description.
                }
            }
        }
    }

    /** The row's two cells; null after reporting a row of another shape. */
    private List<OdfElement> cells(OdfElement row, String place) {
        List<OdfElement> cells = new ArrayList<>();
        for (OdfElement cell : row.elements()) {
            boolean merged = !cell.attribute("table:number-columns-spanned").isEmpty()
                    && !cell.attribute("table:number-columns-spanned").equals("1")
                    || !cell.attribute("table:number-rows-spanned").isEmpty()
                    && !cell.attribute("table:number-rows-spanned").equals("1");
            if (merged || cell.is("table:covered-table-cell")) {
                problems.at(place, "has merged cells; " + TABLE_SHAPE + ", and no merged cells");
                return null;
            }
            if (cell.is("table:table-cell")) {
                cells.add(cell);
            }
        }
        if (cells.size() != 2) {
            problems.at(place, "has " + cells.size() + (cells.size() == 1 ? " cell; " : " cells; ") + TABLE_SHAPE);
            return null;
        }
        return cells;
    }

    /** A cell's paragraphs; a table inside it, or a list, is reported. */
    private List<OdtParagraph> paragraphs(OdfElement cell, String place) {
        List<OdtParagraph> paragraphs = new ArrayList<>();
        for (OdfElement element : cell.elements()) {
            switch (element.name()) {
                case "text:p", "text:h" -> paragraphs.add(OdtParagraph.read(element, styles));
                case "text:soft-page-break" -> {
                    // A mark of where LibreOffice last broke the page.
                }
                case "table:table" -> problems.at(place, "holds a table of its own, which a bulletin cannot hold;"
                        + " move its text into the cell's paragraphs");
                default -> {
                    if (!element.text().isBlank()) {
                        problems.at(place, "holds " + element.name() + ", which a bulletin cannot hold; make it"
                                + " paragraphs");
                    }
                }
            }
        }
        return paragraphs;
    }

    private String heading(OdfElement cell, String place) {
        List<String> texts = paragraphs(cell, place).stream().filter(p -> !p.isBlank())
                .map(OdtParagraph::plainText).toList();
        if (texts.size() > 1) {
            problems.at(place, "holds " + texts.size() + " paragraphs; a column's heading is one");
        }
        return texts.isEmpty() ? "" : texts.get(0);
    }
}
