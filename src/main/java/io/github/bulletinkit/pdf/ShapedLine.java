package io.github.bulletinkit.pdf;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;
import java.awt.Color;
import java.awt.font.GlyphVector;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One line of {@link ShapedText}, drawn where OpenPDF placed the space kept for it. Its parts come in logical order,
 * each the text of one run's tag at its place on the line, so that the content stream, and a reader of the tags,
 * meet the words in the order they are read, whichever way the line runs.
 */
record ShapedLine(List<Part> parts, float width) {

    /** Draws the whole line in a text object of its own, untagged: for an artifact, such as the page's footer. */
    void drawAlone(PdfContentByte canvas, float left, float baseline, GlyphTexts texts) {
        canvas.beginText();
        for (Part part : parts) {
            part.draw(canvas, left, baseline, texts);
        }
        canvas.endText();
    }

    /**
     * The text of one tag on the line: its pieces in visual order, {@code x} from the line's left edge, and the
     * text they show in logical order, with the space the line broke at.
     */
    record Part(ShapedText.RunStyle style, float x, float width, List<Piece> pieces, String text) {

        /** Draws the part on {@code canvas}, inside a text object, its line's left edge at {@code left}. */
        void draw(PdfContentByte canvas, float left, float baseline, GlyphTexts texts) {
            PdfDictionary actual = new PdfDictionary();
            // The glyphs are not the characters (ligatures, conjuncts, vowels drawn before their consonant, right
            // to left): ActualText gives readers and copying the text as written.
            actual.put(PdfName.ACTUALTEXT, new PdfString(text, PdfObject.TEXT_UNICODE));
            canvas.beginMarkedContentSequence(PdfName.SPAN, actual, true);
            float x = left + this.x;
            for (Piece piece : pieces) {
                piece.draw(canvas, x, baseline, texts);
                x += piece.width();
            }
            canvas.endMarkedContentSequence();
        }
    }

    /** Glyphs of one face at one size, shaped from the characters {@code text}. */
    record Piece(EmbeddedFace face, float size, Color colour, GlyphVector glyphs, String text, float width) {

        void draw(PdfContentByte canvas, float x, float baseline, GlyphTexts texts) {
            BaseFont font = face.font(FontFace.Encoding.IDENTITY_H);
            canvas.setFontAndSize(font, size);
            canvas.setColorFill(colour);
            texts.record(font, glyphs, text);
            // Each glyph goes where the shaper put it, marks and kerning included: PDF would advance by the
            // glyphs' own widths alone. Td moves the line's origin, so the pen comes back where OpenPDF left it.
            float startX = canvas.getXTLM();
            float startY = canvas.getYTLM();
            float atX = startX;
            float atY = startY;
            int count = glyphs.getNumGlyphs();
            for (int g = 0; g < count; g++) {
                int code = glyphs.getGlyphCode(g);
                if (code == 0xFFFE || code == 0xFFFF) {
                    continue; // no glyph: the JDK's mark for a joiner and the like
                }
                Point2D at = glyphs.getGlyphPosition(g);
                float gx = x + (float) at.getX();
                float gy = baseline - (float) at.getY();
                canvas.moveText(gx - atX, gy - atY);
                atX = gx;
                atY = gy;
                canvas.showText(glyphs, g, g + 1);
            }
            canvas.moveText(startX - atX, startY - atY);
        }
    }

    /**
     * The line's pieces gathered by run into parts, in logical order: each piece shows the characters of {@code text}
     * in its range, in the style {@code styleOf} gives its first; {@code spaceAt} is where the line broke at a space,
     * which the part that ends there says, or -1.
     */
    static List<Part> parts(List<Piece> pieces, List<int[]> ranges, ShapedText.RunStyle[] styleOf, String text,
            int spaceAt) {
        // Visual pieces of one run next to each other make one part.
        List<Part> parts = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        float x = 0;
        int i = 0;
        while (i < pieces.size()) {
            ShapedText.RunStyle style = styleOf[ranges.get(i)[0]];
            int j = i;
            float partWidth = 0;
            List<Piece> partPieces = new ArrayList<>();
            List<int[]> partRanges = new ArrayList<>();
            while (j < pieces.size() && styleOf[ranges.get(j)[0]] == style) {
                partPieces.add(pieces.get(j));
                partRanges.add(ranges.get(j));
                partWidth += pieces.get(j).width();
                j++;
            }
            partRanges.sort(Comparator.comparingInt(range -> range[0]));
            StringBuilder logical = new StringBuilder();
            for (int[] range : partRanges) {
                logical.append(text, range[0], range[1]);
            }
            if (spaceAt >= 0 && partRanges.get(partRanges.size() - 1)[1] == spaceAt) {
                logical.append(' ');
            }
            parts.add(new Part(style, x, partWidth, List.copyOf(partPieces), logical.toString()));
            starts.add(partRanges.get(0)[0]);
            x += partWidth;
            i = j;
        }
        // Drawn in reading order; each keeps its place on the line.
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < parts.size(); k++) {
            order.add(k);
        }
        order.sort(Comparator.comparingInt(starts::get));
        List<Part> logicalOrder = new ArrayList<>(parts.size());
        order.forEach(k -> logicalOrder.add(parts.get(k)));
        return logicalOrder;
    }
}
