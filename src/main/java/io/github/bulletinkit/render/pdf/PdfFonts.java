package io.github.bulletinkit.render.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

/**
 * The fonts of one render. A {@link BaseFont} records which glyphs a document uses, to embed just those,
 * so it must not serve two documents: each render makes its own, uncached (OpenPDF's static font cache
 * would hand the same instance to every thread), from the font bytes that {@link FontFace} shares. A face
 * is made when first asked for, since parsing one costs tens of milliseconds and many bulletins use no
 * italics.
 */
final class PdfFonts {

    private final DocumentDigest digest;
    private final Map<FontFace, BaseFont> fonts = new EnumMap<>(FontFace.class);

    PdfFonts(DocumentDigest digest) {
        this.digest = digest;
    }

    /** Whether {@code face} has a glyph for {@code codePoint}. */
    boolean canShow(FontFace face, int codePoint) {
        return base(face).charExists(codePoint);
    }

    /** The face at a size and colour. */
    Font font(FontFace face, float size, Color colour) {
        // No style: bold and italic come from the face, and OpenPDF would fake them once more.
        return new Font(base(face), size, Font.NORMAL, colour);
    }

    private BaseFont base(FontFace face) {
        return fonts.computeIfAbsent(face, this::create);
    }

    private BaseFont create(FontFace face) {
        try {
            BaseFont font = BaseFont.createFont(face.fileName(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                    BaseFont.NOT_CACHED, face.bytes(), null);
            font.setSubset(true);
            font.setSecureRandom(new SubsetTag(digest.subsetTag(face)));
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the font " + face.fileName(), e);
        }
    }
}
