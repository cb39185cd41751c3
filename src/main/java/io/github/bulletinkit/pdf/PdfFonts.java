package io.github.bulletinkit.pdf;

import com.lowagie.text.Font;
import java.awt.Color;
import java.util.List;

/**
 * The fonts of one render, made from the faces of its family that all renders share. OpenPDF's {@link Font} is
 * a small mutable value, so each render makes its own.
 */
final class PdfFonts {

    private final EmbeddedFamily family;
    private final List<EmbeddedFamily> fallbacks;

    /** {@code fallbacks} are tried in order for a character that {@code family} lacks. */
    PdfFonts(EmbeddedFamily family, List<EmbeddedFamily> fallbacks) {
        this.family = family;
        this.fallbacks = fallbacks;
    }

    /** The first face of the family, then of each fallback, that has {@code codePoint}; null when none has. */
    EmbeddedFace faceFor(FontFace face, int codePoint) {
        EmbeddedFace main = family.face(face);
        if (main.canShow(codePoint)) {
            return main;
        }
        for (EmbeddedFamily fallback : fallbacks) {
            if (fallback.face(face).canShow(codePoint)) {
                return fallback.face(face);
            }
        }
        return null;
    }

    /** The family's own face. */
    EmbeddedFace mainFace(FontFace face) {
        return family.face(face);
    }

    /** Whether any fallback font is there to try. */
    boolean hasFallbacks() {
        return !fallbacks.isEmpty();
    }

    /** The family's name, for messages. */
    String familyName() {
        return family.name();
    }

    /** The face at a size and colour, in the encoding that {@code text} needs. */
    Font font(FontFace face, String text, float size, Color colour) {
        // No style: bold and italic come from the face, and OpenPDF would fake them once more.
        return new Font(family.face(face).baseFont(text), size, Font.NORMAL, colour);
    }

    /**
     * The face of each character of {@code text}, in its run's style: the first that has it. Spaces, punctuation,
     * digits, marks and joiners, which belong to no one script, keep the face of the character before them where
     * it has them, so that a word, and a sentence with its full stop, is shaped in one font.
     */
    EmbeddedFace[] faces(CharSequence text, ShapedText.RunStyle[] styleOf) {
        EmbeddedFace[] faces = new EmbeddedFace[text.length()];
        for (int i = 0; i < text.length(); ) {
            int c = Character.codePointAt(text, i);
            FontFace face = styleOf[i].face();
            EmbeddedFace before = i > 0 && styleOf[i - 1].face() == face ? faces[i - 1] : null;
            EmbeddedFace chosen;
            if (before != null && inherits(c) && before.canShow(c)) {
                chosen = before;
            } else {
                chosen = faceFor(face, c);
                if (chosen == null) {
                    // GlyphCheck refused the bulletin before: only a line break or a tab, which are no glyphs.
                    chosen = before != null ? before : mainFace(face);
                }
            }
            int count = Character.charCount(c);
            for (int k = 0; k < count; k++) {
                faces[i + k] = chosen;
            }
            i += count;
        }
        return faces;
    }

    private static boolean inherits(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.COMMON || script == Character.UnicodeScript.INHERITED;
    }
}
