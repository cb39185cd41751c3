package io.github.bulletinkit.render.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The bulletin's table, added to the document a few rows at a time so that memory stays bounded however
 * many entries there are. Its header row is repeated at the top of every page. A row that does not fit in
 * the rest of a page starts the next page; a row taller than a page starts where it is and breaks at the
 * foot of each page.
 *
 * <p>OpenPDF skips the header row at the start of every part of a table after the first
 * ({@code PdfPTable.flushContent} sets {@code skipFirstHeader}), taking each part to go on where the last one
 * stopped, in the middle of a page. But {@code PdfDocument.add} ends every table with {@code newLine()}, whose
 * carriage return starts a new page when the table ended less than a line above the page's foot; the next part
 * then began that page without its header. So each part is told whether it starts a page.
 */
final class EntryTable {

    // Rows go to the document this many at a time, and OpenPDF then drops them.
    static final int ROWS_PER_FLUSH = 20;

    private final Document document;
    private final PdfWriter writer;
    private final PdfPTable table;

    /** A table as wide as the space between the document's margins. */
    EntryTable(Document document, PdfWriter writer, float informationShare, PdfPCell informationHeading,
            PdfPCell linkHeading) {
        this.document = document;
        this.writer = writer;
        this.table = new PdfPTable(new float[] {informationShare, 1 - informationShare});
        // Not setLockedWidth(true): OpenPDF then lays every row of the table out again each time the table is
        // added and on each page it runs onto (ColumnText.goComposite calls calculateHeights(true)), twice the
        // work of the writing itself. A table at 100% is laid out at the width the column computes, which is
        // this one to the last bit, so OpenPDF keeps the row heights measured when the rows were added.
        table.setWidthPercentage(100);
        table.setTotalWidth((document.right() - document.left()) * table.getWidthPercentage() / 100f);
        // Not setSplitRows(false): OpenPDF would then drop a row taller than a page without a word.
        table.setSplitRows(true);
        table.setSplitLate(true);
        table.setComplete(false);
        table.addCell(informationHeading);
        table.addCell(linkHeading);
        table.setHeaderRows(1);
    }

    void addRow(PdfPCell information, PdfPCell links) {
        table.addCell(information);
        table.addCell(links);
        if (table.getRowHeight(table.size() - 1) > document.top() - document.bottom() - table.getHeaderHeight()) {
            addTallRow(information, links);
        } else if (table.size() - table.getHeaderRows() >= ROWS_PER_FLUSH) {
            addRowsSoFar();
        }
    }

    /** Adds the rows not yet added. */
    void finish() {
        table.setComplete(true);
        addRowsSoFar();
    }

    private void addRowsSoFar() {
        if (table.isSkipFirstHeader() && startsPage()) {
            table.setSkipFirstHeader(false);
        }
        document.add(table);
    }

    /** Whether nothing has been laid out on the current page yet. */
    private boolean startsPage() {
        // false: asking must not end the current line, which could itself start a page.
        return writer.getVerticalPosition(false) >= document.top();
    }

    // Moving a row that no page can hold to the next page would only leave a blank: let it start here.
    // Split-late is the table's, not the row's, so the row goes to the document alone.
    private void addTallRow(PdfPCell information, PdfPCell links) {
        table.deleteLastRow();
        if (table.size() > table.getHeaderRows()) {
            addRowsSoFar();
        }
        table.addCell(information);
        table.addCell(links);
        table.setSplitLate(false);
        addRowsSoFar();
        table.setSplitLate(true);
    }
}
