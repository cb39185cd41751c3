package io.github.bulletinkit.render.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.awt.Color;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;

/**
 * The fonts of one render. A {@link BaseFont} records which glyphs a document uses, to embed just those,
 * so it must not serve two documents: each render makes its own, uncached (OpenPDF's static font cache
 * would hand the same instance to every thread), from the font bytes that {@link FontFace} shares.
 */
final class PdfFonts {

    private final Map<FontFace, BaseFont> fonts = new EnumMap<>(FontFace.class);

    PdfFonts(DocumentDigest digest) throws IOException {
        for (FontFace face : FontFace.values()) {
            BaseFont font = BaseFont.createFont(face.fileName(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                    BaseFont.NOT_CACHED, face.bytes(), null);
            font.setSubset(true);
            font.setSecureRandom(new SubsetTag(digest.subsetTag(face)));
            fonts.put(face, font);
        }
    }

    BaseFont base(FontFace face) {
        return fonts.get(face);
    }

    /** Whether {@code face} has a glyph for {@code codePoint}. */
    boolean canShow(FontFace face, int codePoint) {
        return fonts.get(face).charExists(codePoint);
    }

    /** The face at a size and colour. */
    Font font(FontFace face, float size, Color colour) {
        // No style: bold and italic come from the face, and OpenPDF would fake them once more.
        return new Font(fonts.get(face), size, Font.NORMAL, colour);
    }
}
