package io.github.bulletinkit.render.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfDocument;
import com.lowagie.text.pdf.PdfIndirectObject;
import com.lowagie.text.pdf.PdfIndirectReference;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfPage;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;

/**
 * OpenPDF's writer, giving each page the key of its marked content in our {@link ParentTree}. OpenPDF puts
 * {@code /StructParents} on a page only for its own structure tree ({@code setTagged()}), which keeps every
 * entry of its parent tree until the document closes; a page dictionary is written, and so can be completed,
 * only here. Belongs to one render.
 */
final class TaggingWriter extends PdfWriter {

    private ParentTree parentTree;

    private TaggingWriter(PdfDocument document, OutputStream out) {
        super(document, out);
    }

    /** A writer of {@code document}, as {@code PdfWriter.getInstance} makes one. */
    static TaggingWriter of(Document document, OutputStream out) throws DocumentException {
        PdfDocument pdf = new PdfDocument();
        pdf.setTextRenderingOptions(document.getTextRenderingOptions());
        document.addDocListener(pdf);
        TaggingWriter writer = new TaggingWriter(pdf, out);
        pdf.addWriter(writer);
        return writer;
    }

    /** The parent tree whose page keys go on the pages from now on. */
    void tagWith(ParentTree tree) {
        this.parentTree = tree;
    }

    @Override
    public PdfIndirectObject addToBody(PdfObject object, PdfIndirectReference reference) throws IOException {
        if (!(object instanceof PdfPage page) || parentTree == null) {
            return super.addToBody(object, reference);
        }
        if (parentTree.pageKey() >= 0) {
            page.put(PdfName.STRUCTPARENTS, new PdfNumber(parentTree.pageKey()));
        }
        PdfIndirectObject written = super.addToBody(object, reference);
        parentTree.pageWritten();
        return written;
    }
}
