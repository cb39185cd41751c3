package io.github.bulletinkit.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfDocument;
import com.lowagie.text.pdf.PdfIndirectObject;
import com.lowagie.text.pdf.PdfIndirectReference;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfPage;
import com.lowagie.text.pdf.PdfStream;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * OpenPDF's writer, completing two kinds of object as OpenPDF writes them, where nothing else can reach them:
 * each page gets the key of its marked content in our {@link ParentTree} ({@code /StructParents}, which
 * OpenPDF writes only for its own structure tree, one that keeps every entry until the document closes), and
 * each simple font in {@code WinAnsiEncoding} its {@link WinAnsiUnicode} map. Belongs to one render.
 */
final class CompletingWriter extends PdfWriter {

    private ParentTree parentTree;

    private CompletingWriter(PdfDocument document, OutputStream out) {
        super(document, out);
    }

    /** A writer of {@code document}, as {@code PdfWriter.getInstance} makes one. */
    static CompletingWriter of(Document document, OutputStream out) throws DocumentException {
        PdfDocument pdf = new PdfDocument();
        pdf.setTextRenderingOptions(document.getTextRenderingOptions());
        document.addDocListener(pdf);
        CompletingWriter writer = new CompletingWriter(pdf, out);
        pdf.addWriter(writer);
        return writer;
    }

    /**
     * Writes {@code object} to {@code reference} now. The renderer writes from inside OpenPDF's callbacks, where a
     * checked exception cannot pass: the stream's failure goes on unchecked, and {@link WatchedStream} gives the
     * caller the stream's own.
     */
    void write(PdfObject object, PdfIndirectReference reference) {
        try {
            addToBody(object, reference);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code object} now, as {@link #write(PdfObject, PdfIndirectReference)} does, and returns where. */
    PdfIndirectReference write(PdfObject object) {
        try {
            return addToBody(object).getIndirectReference();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The parent tree whose page keys go on the pages from now on. */
    void tagWith(ParentTree tree) {
        this.parentTree = tree;
    }

    @Override
    public PdfIndirectObject addToBody(PdfObject object, PdfIndirectReference reference) throws IOException {
        if (object instanceof PdfDictionary font && isWinAnsiFont(font)) {
            PdfStream map = WinAnsiUnicode.of(font.getAsNumber(PdfName.FIRSTCHAR).intValue(),
                    font.getAsNumber(PdfName.LASTCHAR).intValue());
            map.flateCompress(getCompressionLevel());
            font.put(PdfName.TOUNICODE, super.addToBody(map).getIndirectReference());
        }
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

    private static boolean isWinAnsiFont(PdfDictionary dictionary) {
        return PdfName.FONT.equals(dictionary.get(PdfName.TYPE))
                && PdfName.WIN_ANSI_ENCODING.equals(dictionary.get(PdfName.ENCODING))
                && dictionary.get(PdfName.TOUNICODE) == null && dictionary.getAsNumber(PdfName.FIRSTCHAR) != null
                && dictionary.getAsNumber(PdfName.LASTCHAR) != null;
    }
}
