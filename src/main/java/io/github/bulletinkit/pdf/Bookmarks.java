package io.github.bulletinkit.pdf;

import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfIndirectReference;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;

/**
 * The document's bookmarks, one a row, each written out as soon as the next one is known. OpenPDF's own outline
 * keeps every item, its title and its destination until the document closes: some 900 bytes an entry, 8 MB of
 * a bulletin of 9,000. Here only the last item waits, for the reference of the one after it. Belongs to one
 * render.
 */
final class Bookmarks {

    private final CompletingWriter writer;
    private PdfIndirectReference root;
    private PdfIndirectReference first;
    private PdfDictionary last;
    private PdfIndirectReference lastReference;
    private int count;

    Bookmarks(CompletingWriter writer) {
        this.writer = writer;
    }

    /** A bookmark called {@code title} to the point ({@code left}, {@code top}) of the page being drawn. */
    void add(String title, float left, float top) {
        if (root == null) {
            root = writer.getPdfIndirectReference();
        }
        PdfIndirectReference reference = writer.getPdfIndirectReference();
        PdfDestination destination = new PdfDestination(PdfDestination.XYZ, left, top, 0);
        destination.addPage(writer.getCurrentPage());
        PdfDictionary item = new PdfDictionary();
        item.put(PdfName.TITLE, new PdfString(title, PdfObject.TEXT_UNICODE));
        item.put(PdfName.PARENT, root);
        item.put(PdfName.DEST, destination);
        if (last == null) {
            first = reference;
        } else {
            item.put(PdfName.PREV, lastReference);
            last.put(PdfName.NEXT, reference);
            writer.write(last, lastReference);
        }
        last = item;
        lastReference = reference;
        count++;
    }

    /** Writes the last item and the outline's root, and names the root in the catalog; before the document closes. */
    void finish() {
        if (root == null) {
            return;
        }
        writer.write(last, lastReference);
        PdfDictionary outlines = new PdfDictionary(PdfName.OUTLINES);
        outlines.put(PdfName.FIRST, first);
        outlines.put(PdfName.LAST, lastReference);
        outlines.put(PdfName.COUNT, new PdfNumber(count));
        writer.write(outlines, root);
        writer.getExtraCatalog().put(PdfName.OUTLINES, root);
        last = null;
    }
}
