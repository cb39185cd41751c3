package io.github.bulletinkit.render.pdf;

import com.lowagie.text.Font;
import java.awt.Color;

/**
 * The fonts of one render, made from the faces that all renders share ({@link FontFace#baseFont(String)}).
 * OpenPDF's {@link Font} is a small mutable value, so each render makes its own.
 */
final class PdfFonts {

    /** Whether {@code face} has a glyph for {@code codePoint}. */
    boolean canShow(FontFace face, int codePoint) {
        return face.canShow(codePoint);
    }

    /** The face at a size and colour, in the encoding that {@code text} needs. */
    Font font(FontFace face, String text, float size, Color colour) {
        // No style: bold and italic come from the face, and OpenPDF would fake them once more.
        return new Font(face.baseFont(text), size, Font.NORMAL, colour);
    }
}
