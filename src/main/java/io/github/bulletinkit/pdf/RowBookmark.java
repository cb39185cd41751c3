package io.github.bulletinkit.pdf;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;

/**
 * Adds a bookmark for an entry when its row is first drawn, pointing at the top of the row on the page
 * being drawn. A row split across pages is drawn more than once; the bookmark goes to its first part.
 */
final class RowBookmark implements PdfPCellEvent {

    private final Bookmarks bookmarks;
    private final String title;
    private boolean placed;

    RowBookmark(Bookmarks bookmarks, String title) {
        this.bookmarks = bookmarks;
        this.title = title;
    }

    @Override
    public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
        if (!placed) {
            placed = true;
            bookmarks.add(title, position.getLeft(), position.getTop());
        }
    }
}
