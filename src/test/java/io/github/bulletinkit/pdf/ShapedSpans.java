package io.github.bulletinkit.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The marked content with {@code /ActualText} in a PDF's pages, read from the content streams with PDFBox's parser:
 * the text each says, and the glyph ids drawn inside it, font by font, as {@code Identity-H} codes are.
 */
record ShapedSpans(String actualText, List<Glyphs> glyphs) {

    /** Glyph ids shown in one font, in the order drawn, which is the order on the line, left to right. */
    record Glyphs(String font, List<Integer> ids) {
    }

    /** Every span of every page, in the order of the content streams. */
    static List<ShapedSpans> of(byte[] pdf) throws IOException {
        List<ShapedSpans> spans = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                read(page, spans);
            }
        }
        return spans;
    }

    private static void read(PDPage page, List<ShapedSpans> spans) throws IOException {
        PDFStreamParser parser = new PDFStreamParser(page);
        List<Object> operands = new ArrayList<>();
        String font = null;
        List<Glyphs> open = null;
        String text = null;
        int depth = 0;
        for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
            if (!(token instanceof Operator operator)) {
                operands.add(token);
                continue;
            }
            switch (operator.getName()) {
                case "BDC", "BMC" -> {
                    depth++;
                    if (open == null && operands.size() == 2 && operands.get(1) instanceof COSDictionary properties
                            && properties.containsKey(COSName.ACTUAL_TEXT)) {
                        open = new ArrayList<>();
                        text = properties.getString(COSName.ACTUAL_TEXT);
                        depth = 1;
                    }
                }
                case "EMC" -> {
                    depth--;
                    if (open != null && depth == 0) {
                        spans.add(new ShapedSpans(text, open));
                        open = null;
                    }
                }
                case "Tf" -> {
                    PDFont used = page.getResources().getFont((COSName) operands.get(0));
                    font = used.getName().substring(used.getName().indexOf('+') + 1);
                }
                case "Tj" -> {
                    if (open != null) {
                        add(open, font, ((COSString) operands.get(0)).getBytes());
                    }
                }
                case "TJ" -> {
                    if (open != null) {
                        for (Object item : (COSArray) operands.get(0)) {
                            if (item instanceof COSString string) {
                                add(open, font, string.getBytes());
                            }
                        }
                    }
                }
                default -> {
                    // Nothing else shows glyphs.
                }
            }
            operands.clear();
        }
    }

    private static void add(List<Glyphs> glyphs, String font, byte[] codes) {
        if (glyphs.isEmpty() || !glyphs.get(glyphs.size() - 1).font().equals(font)) {
            glyphs.add(new Glyphs(font, new ArrayList<>()));
        }
        List<Integer> ids = glyphs.get(glyphs.size() - 1).ids();
        for (int i = 0; i + 1 < codes.length; i += 2) {
            ids.add((codes[i] & 0xFF) << 8 | codes[i + 1] & 0xFF);
        }
    }

    /** Every glyph id drawn in the span, whatever its font. */
    List<Integer> allIds() {
        return glyphs.stream().flatMap(used -> used.ids().stream()).toList();
    }
}
