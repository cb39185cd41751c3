package io.github.bulletinkit.pdf;

import io.github.bulletinkit.layout.Block;
import io.github.bulletinkit.layout.Span;
import io.github.bulletinkit.model.Run;
import java.awt.Color;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.text.Bidi;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A block's text shaped by the JDK's text layout (HarfBuzz inside, since JDK 9), through the font files themselves,
 * so that the glyphs are those the fonts' OpenType tables ask for: Arabic letters joined, Indic conjuncts, reph
 * and vowels in place. Each character is shown by the first face that has it, the main font's then each fallback
 * font's. Lines break where {@link BreakIterator} allows, which finds the breaks of scripts written without
 * spaces, and each line is put in display order by the Unicode bidirectional algorithm ({@link Bidi}), with the
 * block's direction as the paragraph's. Made for one block of one render.
 */
final class ShapedText {

    // Unhinted, with fractional advances: the outlines' own metrics, as HarfBuzz gives them.
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, false, true);

    /** The style of one run: the face it asks for, its colour, whether underlined, its tag (null when untagged). */
    record RunStyle(FontFace face, Color colour, boolean underline, String tag) {
    }

    private final String text;
    private final char[] chars;
    private final RunStyle[] styleOf;
    private final EmbeddedFace[] faceOf;
    private final float size;
    private final Bidi bidi;
    private final float[] advance;
    private final Map<EmbeddedFace, Font> sized = new HashMap<>();

    private ShapedText(String text, RunStyle[] styleOf, EmbeddedFace[] faceOf, float size, boolean rightToLeft) {
        this.text = text;
        this.chars = text.toCharArray();
        this.styleOf = styleOf;
        this.faceOf = faceOf;
        this.size = size;
        this.bidi = new Bidi(text, rightToLeft ? Bidi.DIRECTION_RIGHT_TO_LEFT : Bidi.DIRECTION_LEFT_TO_RIGHT);
        this.advance = new float[chars.length];
    }

    /**
     * The lines of {@code block} no wider than {@code width}, each run in its style from {@code styles}, one object
     * a run even where two are alike: a run's pieces on a line make a part of their own.
     *
     * @param rightToLeft the block's direction, the base of the bidirectional algorithm
     */
    static List<ShapedLine> lines(Block block, List<RunStyle> styles, PdfFonts fonts, boolean rightToLeft,
            float width) {
        StringBuilder text = new StringBuilder();
        List<RunStyle> perChar = new ArrayList<>();
        int run = 0;
        for (Span span : block.spans()) {
            for (Run part : span.runs()) {
                String shown = Typesetter.printable(part.text());
                text.append(shown);
                for (int i = 0; i < shown.length(); i++) {
                    perChar.add(styles.get(run));
                }
                run++;
            }
        }
        RunStyle[] styleOf = perChar.toArray(new RunStyle[0]);
        ShapedText shaped = new ShapedText(text.toString(), styleOf, fonts.faces(text, styleOf),
                block.style().size(), rightToLeft);
        return shaped.lines(width);
    }

    private List<ShapedLine> lines(float width) {
        measure();
        List<ShapedLine> lines = new ArrayList<>();
        BreakIterator breaks = BreakIterator.getLineInstance();
        breaks.setText(text);
        int start = 0;
        int at = 0;
        float used = 0;
        for (int end = breaks.next(); end != BreakIterator.DONE; end = breaks.next()) {
            float visible = width(at, trimmed(at, end));
            if (at > start && used + visible > width) {
                lines.add(line(start, at));
                start = at;
                used = 0;
            }
            if (visible > width) {
                // A word wider than the line: broken between its letters, as a browser breaks a long address.
                BreakIterator letters = BreakIterator.getCharacterInstance();
                letters.setText(text);
                for (int next = letters.following(at); next != BreakIterator.DONE && next <= end;
                        next = letters.next()) {
                    if (at > start && used + width(at, next) > width) {
                        lines.add(line(start, at));
                        start = at;
                        used = 0;
                    }
                    used += width(at, next);
                    at = next;
                }
                continue;
            }
            used += width(at, end);
            at = end;
            if (text.charAt(end - 1) == '\n') {
                lines.add(line(start, end));
                start = end;
                used = 0;
            }
        }
        if (start < text.length() || lines.isEmpty()) {
            lines.add(line(start, text.length()));
        }
        return lines;
    }

    private int trimmed(int start, int end) {
        while (end > start && (chars[end - 1] == ' ' || chars[end - 1] == '\n')) {
            end--;
        }
        return end;
    }

    private float width(int start, int end) {
        float sum = 0;
        for (int i = start; i < end; i++) {
            sum += advance[i];
        }
        return sum;
    }

    /** Each character's share of the advance of the glyphs it is shaped into, as the whole text is shaped. */
    private void measure() {
        for (int start = 0; start < chars.length; ) {
            int end = itemEnd(start, chars.length);
            if (!isBreak(start)) {
                GlyphVector glyphs = shape(start, end, bidi.getLevelAt(start));
                int count = glyphs.getNumGlyphs();
                for (int g = 0; g < count; g++) {
                    double step = glyphs.getGlyphPosition(g + 1).getX() - glyphs.getGlyphPosition(g).getX();
                    advance[start + glyphs.getGlyphCharIndex(g)] += (float) step;
                }
            }
            start = end;
        }
    }

    private boolean isBreak(int index) {
        return chars[index] == '\n';
    }

    /** Where the item starting at {@code start} ends: its run, face and direction the same throughout. */
    private int itemEnd(int start, int limit) {
        int end = start + 1;
        while (end < limit && styleOf[end] == styleOf[start] && faceOf[end] == faceOf[start]
                && bidi.getLevelAt(end) == bidi.getLevelAt(start) && isBreak(end) == isBreak(start)) {
            end++;
        }
        return end;
    }

    private GlyphVector shape(int start, int end, int level) {
        Font font = sized.computeIfAbsent(faceOf[start], face -> face.shaper().deriveFont(size));
        // The whole text goes in, so that letters join across a change of style; only start to end is shaped.
        return font.layoutGlyphVector(CONTEXT, chars, start, end,
                (level & 1) == 1 ? Font.LAYOUT_RIGHT_TO_LEFT : Font.LAYOUT_LEFT_TO_RIGHT);
    }

    /** The line of the characters {@code start} to {@code end}, in display order, with the space it broke at. */
    private ShapedLine line(int start, int end) {
        int shown = trimmed(start, end);
        boolean brokeAtSpace = shown < end && end < text.length();
        List<ShapedLine.Piece> pieces = new ArrayList<>();
        List<int[]> ranges = new ArrayList<>();
        if (shown > start) {
            Bidi line = bidi.createLineBidi(start, shown);
            int runs = line.getRunCount();
            byte[] levels = new byte[runs];
            Integer[] order = new Integer[runs];
            for (int r = 0; r < runs; r++) {
                levels[r] = (byte) line.getRunLevel(r);
                order[r] = r;
            }
            Bidi.reorderVisually(levels, 0, order, 0, runs);
            for (Integer r : order) {
                int runStart = start + line.getRunStart(r);
                int runEnd = start + line.getRunLimit(r);
                int level = line.getRunLevel(r);
                List<int[]> items = new ArrayList<>();
                for (int item = runStart; item < runEnd; item = itemEnd(item, runEnd)) {
                    items.add(new int[] {item, itemEnd(item, runEnd)});
                }
                if ((level & 1) == 1) {
                    java.util.Collections.reverse(items);
                }
                for (int[] item : items) {
                    if (isBreak(item[0])) {
                        continue;
                    }
                    GlyphVector glyphs = shape(item[0], item[1], level);
                    float advance = (float) glyphs.getGlyphPosition(glyphs.getNumGlyphs()).getX();
                    pieces.add(new ShapedLine.Piece(faceOf[item[0]], size, styleOf[item[0]].colour(), glyphs,
                            text.substring(item[0], item[1]), advance));
                    ranges.add(item);
                }
            }
        }
        return new ShapedLine(ShapedLine.parts(pieces, ranges, styleOf, text, brokeAtSpace ? shown : -1),
                width(pieces));
    }

    private static float width(List<ShapedLine.Piece> pieces) {
        float sum = 0;
        for (ShapedLine.Piece piece : pieces) {
            sum += piece.width();
        }
        return sum;
    }
}
