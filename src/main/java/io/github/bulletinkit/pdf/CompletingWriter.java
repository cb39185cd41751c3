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
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStream;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * OpenPDF's writer, completing two kinds of object as OpenPDF writes them, where nothing else can reach them:
 * each page gets the key of its marked content in our {@link ParentTree} ({@code /StructParents}, which
 * OpenPDF writes only for its own structure tree, one that keeps every entry until the document closes), and
 * each simple font in {@code WinAnsiEncoding} its {@link WinAnsiUnicode} map. Belongs to one render.
 */
final class CompletingWriter extends PdfWriter {

    private ParentTree parentTree;
    private final GlyphTexts glyphTexts = new GlyphTexts();
    // The font whose /ToUnicode map OpenPDF writes next, when shaped glyphs of it need one of ours.
    private String fontOfNextMap;

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

    /** The characters of the shaped glyphs drawn, for their fonts' maps. */
    GlyphTexts glyphTexts() {
        return glyphTexts;
    }

    /** The parent tree whose page keys go on the pages from now on. */
    void tagWith(ParentTree tree) {
        this.parentTree = tree;
    }

    // OpenPDF writes a font in Identity-H as its CID font, then its /ToUnicode map if any glyph has a character in
    // the font's cmap, then its Type0 font: the map is replaced by one that maps shaped glyphs too, or added.
    @Override
    public PdfIndirectObject addToBody(PdfObject object) throws IOException {
        if (fontOfNextMap != null && object instanceof PdfStream stream && stream.getBytes() != null) {
            byte[] decoded = PdfReader.FlateDecode(stream.getBytes());
            String written = decoded == null ? "" : new String(decoded, StandardCharsets.US_ASCII);
            if (written.startsWith("/CIDInit")) {
                String font = fontOfNextMap;
                fontOfNextMap = null;
                return super.addToBody(unicodeMap(font, written));
            }
        }
        if (object instanceof PdfDictionary font && PdfName.CIDFONTTYPE2.equals(font.get(PdfName.SUBTYPE))) {
            String name = postscriptName(font);
            fontOfNextMap = glyphTexts.has(name) ? name : null;
        }
        return super.addToBody(object);
    }

    private PdfStream unicodeMap(String font, String written) {
        PdfStream map = glyphTexts.map(font, written);
        map.flateCompress(getCompressionLevel());
        return map;
    }

    private static String postscriptName(PdfDictionary font) {
        String name = PdfName.decodeName(font.getAsName(PdfName.BASEFONT).toString());
        return name.substring(name.indexOf('+') + 1);
    }

    @Override
    public PdfIndirectObject addToBody(PdfObject object, PdfIndirectReference reference) throws IOException {
        if (fontOfNextMap != null && object instanceof PdfDictionary font
                && PdfName.TYPE0.equals(font.get(PdfName.SUBTYPE))) {
            // No glyph had a character of its own: OpenPDF wrote no map.
            font.put(PdfName.TOUNICODE, super.addToBody(unicodeMap(fontOfNextMap, null)).getIndirectReference());
            fontOfNextMap = null;
        }
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
