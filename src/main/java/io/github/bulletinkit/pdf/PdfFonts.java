package io.github.bulletinkit.pdf;

import com.lowagie.text.Font;
import java.awt.Color;

/**
 * The fonts of one render, made from the faces of its family that all renders share. OpenPDF's {@link Font} is
 * a small mutable value, so each render makes its own.
 */
final class PdfFonts {

    private final EmbeddedFamily family;

    PdfFonts(EmbeddedFamily family) {
        this.family = family;
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
