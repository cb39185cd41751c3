package io.github.bulletinkit.pdf;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfStream;
import java.awt.font.GlyphVector;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The characters each shaped glyph stands for, font by font, for the fonts' {@code /ToUnicode} maps. OpenPDF maps
 * a glyph only to the one character the font's own {@code cmap} gives it, so a ligature, a conjunct or a letter's
 * joining form would have no mapping (PDF/UA-1, 7.21.7): this maps each to the characters of its cluster. Belongs
 * to one render.
 */
final class GlyphTexts {

    // OpenPDF's own map writes each glyph as a range of one: <glyph><glyph><character>.
    private static final Pattern RANGE = Pattern.compile("<([0-9a-fA-F]{4})><\\1>(\\[?<[0-9a-fA-F]+>\\]?)");
    // A CMap section holds at most 100 mappings.
    private static final int SECTION = 100;

    private final Map<String, Map<Integer, String>> fonts = new HashMap<>();

    /** {@code glyphs} were shaped from {@code text} in {@code font}. */
    void record(BaseFont font, GlyphVector glyphs, String text) {
        Map<Integer, String> map = fonts.computeIfAbsent(font.getPostscriptFontName(), name -> new HashMap<>());
        int count = glyphs.getNumGlyphs();
        for (int g = 0; g < count; g++) {
            int code = glyphs.getGlyphCode(g);
            if (code == 0xFFFE || code == 0xFFFF) {
                continue; // not drawn: see ShapedLine.Piece
            }
            int start = glyphs.getGlyphCharIndex(g);
            // A cluster runs to the next cluster's first character, in logical order.
            int end = text.length();
            for (int other = 0; other < count; other++) {
                int index = glyphs.getGlyphCharIndex(other);
                if (index > start && index < end) {
                    end = index;
                }
            }
            map.putIfAbsent(code, text.substring(start, Math.max(end, start + 1)));
        }
    }

    /** Whether glyphs of the font named {@code postscriptName} were shaped. */
    boolean has(String postscriptName) {
        return fonts.containsKey(postscriptName);
    }

    /**
     * The {@code /ToUnicode} map of the font named {@code postscriptName}: what OpenPDF's map {@code written} says
     * (null when it wrote none), and for every other glyph shaped in it the characters it stands for.
     */
    PdfStream map(String postscriptName, String written) {
        Map<Integer, String> all = new TreeMap<>(fonts.getOrDefault(postscriptName, Map.of()));
        if (written != null) {
            Matcher range = RANGE.matcher(written);
            while (range.find()) {
                String target = range.group(2).replaceAll("[\\[\\]<>]", "");
                all.put(Integer.parseInt(range.group(1), 16), decode(target));
            }
        }
        StringBuilder map = new StringBuilder("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                + "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                + "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                + "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        int inSection = 0;
        int left = all.size();
        for (Map.Entry<Integer, String> glyph : all.entrySet()) {
            if (inSection == 0) {
                map.append(Math.min(SECTION, left)).append(" beginbfchar\n");
            }
            map.append(String.format(Locale.ROOT, "<%04X> <", glyph.getKey()));
            for (char c : glyph.getValue().toCharArray()) {
                map.append(String.format(Locale.ROOT, "%04X", (int) c));
            }
            map.append(">\n");
            left--;
            if (++inSection == SECTION || left == 0) {
                map.append("endbfchar\n");
                inSection = 0;
            }
        }
        map.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return new PdfStream(map.toString().getBytes(StandardCharsets.US_ASCII));
    }

    private static String decode(String hex) {
        StringBuilder text = new StringBuilder(hex.length() / 4);
        for (int i = 0; i + 4 <= hex.length(); i += 4) {
            text.append((char) Integer.parseInt(hex.substring(i, i + 4), 16));
        }
        return text.toString();
    }
}
