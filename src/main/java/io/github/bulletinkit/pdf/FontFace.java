package io.github.bulletinkit.pdf;

import com.lowagie.text.pdf.BaseFont;
import io.github.bulletinkit.model.Run;
import io.github.bulletinkit.model.Style;

/** The four faces of a typeface, by weight and slant; {@link EmbeddedFamily} holds a family's parsed faces. */
enum FontFace {
    REGULAR,
    BOLD,
    ITALIC,
    BOLD_ITALIC;

    /** How a face's text is encoded in the PDF. */
    enum Encoding {
        /** Windows code page 1252, in a simple TrueType font. */
        WIN_ANSI(BaseFont.WINANSI),
        /** Glyph ids, in a CID TrueType font: every character the face has. */
        IDENTITY_H(BaseFont.IDENTITY_H);

        final String openPdfName;

        Encoding(String openPdfName) {
            this.openPdfName = openPdfName;
        }
    }

    /** The face for text that is bold, italic, both or neither. */
    static FontFace of(boolean bold, boolean italic) {
        if (bold) {
            return italic ? BOLD_ITALIC : BOLD;
        }
        return italic ? ITALIC : REGULAR;
    }

    /** The face for a run in a block that may itself be bold; underlining is drawn, not a face. */
    static FontFace of(Run run, boolean boldBlock) {
        return of(boldBlock || run.has(Style.BOLD), run.has(Style.ITALIC));
    }
}
