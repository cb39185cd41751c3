package io.github.bulletinkit.pdf;

import io.github.bulletinkit.layout.Block;
import io.github.bulletinkit.layout.Span;
import io.github.bulletinkit.model.Run;
import java.util.Set;

/**
 * Which text OpenPDF can lay out itself and which {@link ShapedText} lays out: text written right to left, text in
 * a script whose letters change shape or order with their neighbours (Arabic, the Indic scripts), text in a script
 * written without spaces between words (Chinese, Japanese, Thai), and text that a fallback font shows. Everything
 * else, the English sample among it, goes through OpenPDF's own chunks as before, at the same cost.
 */
final class Scripts {

    private static final Set<Character.UnicodeScript> SHAPED = Set.of(
            Character.UnicodeScript.ARABIC, Character.UnicodeScript.HEBREW, Character.UnicodeScript.SYRIAC,
            Character.UnicodeScript.THAANA, Character.UnicodeScript.NKO, Character.UnicodeScript.DEVANAGARI,
            Character.UnicodeScript.BENGALI, Character.UnicodeScript.GURMUKHI, Character.UnicodeScript.GUJARATI,
            Character.UnicodeScript.ORIYA, Character.UnicodeScript.TAMIL, Character.UnicodeScript.TELUGU,
            Character.UnicodeScript.KANNADA, Character.UnicodeScript.MALAYALAM, Character.UnicodeScript.SINHALA,
            Character.UnicodeScript.THAI, Character.UnicodeScript.LAO, Character.UnicodeScript.TIBETAN,
            Character.UnicodeScript.MYANMAR, Character.UnicodeScript.KHMER, Character.UnicodeScript.HAN,
            Character.UnicodeScript.HIRAGANA, Character.UnicodeScript.KATAKANA, Character.UnicodeScript.HANGUL,
            Character.UnicodeScript.BOPOMOFO);

    private Scripts() {
    }

    /** Whether {@code block} needs {@link ShapedText}: its script, its direction or a fallback font. */
    static boolean needsShaping(Block block, PdfFonts fonts) {
        boolean bold = block.style().bold();
        for (Span span : block.spans()) {
            for (Run run : span.runs()) {
                if (needsShaping(run.text(), FontFace.of(run, bold), fonts)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean needsShaping(String text, FontFace face, PdfFonts fonts) {
        EmbeddedFace main = fonts.mainFace(face);
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            // Nothing below U+0590 is shaped or written right to left. A line break and a tab are not glyphs.
            if (c >= 0x0590 && (SHAPED.contains(Character.UnicodeScript.of(c)) || isRightToLeft(c))
                    || c != '\n' && c != '\t' && !main.canShow(c)) {
                return true;
            }
        }
        return false;
    }

    /** Letters written right to left, and the controls that turn text right to left. */
    static boolean isRightToLeft(int c) {
        byte direction = Character.getDirectionality(c);
        return direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
                || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING
                || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE
                || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE;
    }
}
