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

    /** Whether {@code face} has a glyph for {@code codePoint}. */
    boolean canShow(FontFace face, int codePoint) {
        return family.face(face).canShow(codePoint);
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
}
