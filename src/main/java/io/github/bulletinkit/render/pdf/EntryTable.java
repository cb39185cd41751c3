package io.github.bulletinkit.render.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

/**
 * The bulletin's table, added to the document a few rows at a time so that memory stays bounded however
 * many entries there are. Its header row is repeated at the top of every page. A row that does not fit in
 * the rest of a page starts the next page; a row taller than a page starts where it is and breaks at the
 * foot of each page.
 */
final class EntryTable {

    // Rows go to the document this many at a time, and OpenPDF then drops them.
    private static final int ROWS_PER_FLUSH = 20;

    private final Document document;
    private final PdfPTable table;

    /** A table as wide as the space between the document's margins. */
    EntryTable(Document document, float informationShare, PdfPCell informationHeading, PdfPCell linkHeading) {
        this.document = document;
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
            document.add(table);
        }
    }

    /** Adds the rows not yet added. */
    void finish() {
        table.setComplete(true);
        document.add(table);
    }

    // Moving a row that no page can hold to the next page would only leave a blank: let it start here.
    // Split-late is the table's, not the row's, so the row goes to the document alone.
    private void addTallRow(PdfPCell information, PdfPCell links) {
        table.deleteLastRow();
        if (table.size() > table.getHeaderRows()) {
            document.add(table);
        }
        table.addCell(information);
        table.addCell(links);
        table.setSplitLate(false);
        document.add(table);
        table.setSplitLate(true);
    }
}
