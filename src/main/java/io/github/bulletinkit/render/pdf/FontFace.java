package io.github.bulletinkit.render.pdf;

import com.lowagie.text.pdf.BaseFont;
import io.github.bulletinkit.model.Run;
import io.github.bulletinkit.model.Style;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;
import org.librepdf.openpdf.fonts.Liberation;

/**
 * The four faces of Liberation Sans that every PDF embeds. Each face is read and parsed once, when a render
 * first needs it, and then shared by every render on every thread (see {@link #baseFont()}).
 */
enum FontFace {
    REGULAR("LiberationSans-Regular.ttf"),
    BOLD("LiberationSans-Bold.ttf"),
    ITALIC("LiberationSans-Italic.ttf"),
    BOLD_ITALIC("LiberationSans-BoldItalic.ttf");

    // Where the openpdf-fonts-extra jar keeps the Liberation fonts.
    private static final String FOLDER = "/liberation/";
    private static final int LATIN1 = 256;

    private final String fileName;
    // Parsed on first use, not when the class loads: a face costs tens of milliseconds to read and parse,
    // and a run that writes only DOCX, or a bulletin without italics, needs some faces or none.
    private volatile Parsed parsed;

    /** The parsed face, and which of the first 256 characters it has a glyph for, the common case. */
    private record Parsed(BaseFont font, BitSet latin1) {
    }

    FontFace(String fileName) {
        this.fileName = fileName;
    }

    /** The face for text that is bold, italic, both or neither. */
    static FontFace of(boolean bold, boolean italic) {
        if (bold) {
            return italic ? BOLD_ITALIC : BOLD;
        }
        return italic ? ITALIC : REGULAR;
    }

    /** The face for a run, by its emphasis; underlining is drawn, not a face. */
    static FontFace of(Run run) {
        return of(run.has(Style.BOLD), run.has(Style.ITALIC));
    }

    /** The file's name, ending in {@code .ttf} so that OpenPDF reads it as TrueType. */
    String fileName() {
        return fileName;
    }

    /**
     * The parsed face, shared by all renders. Parsing it again for every document used to cost as much as
     * laying the sample out. Sharing is safe because OpenPDF only reads a parsed TrueType font while it lays
     * out and writes: the glyphs a document uses are recorded in its writer's own {@code FontDetails}, and
     * the subset is cut from a copy of the font's reader. The one thing that differs between documents, the
     * six letters of the subset's tag, comes from a {@link SubsetTag} that asks the render running on the
     * calling thread. Nothing may change the font once it is made (no {@code setSubset}, {@code setKerning},
     * {@code setCharAdvance} and the like).
     */
    BaseFont baseFont() {
        return parsed().font();
    }

    /** Whether the face has a glyph for {@code codePoint}. */
    boolean canShow(int codePoint) {
        Parsed face = parsed();
        return codePoint < LATIN1 ? face.latin1().get(codePoint) : face.font().charExists(codePoint);
    }

    private Parsed parsed() {
        Parsed face = parsed;
        if (face == null) {
            synchronized (this) {
                face = parsed;
                if (face == null) {
                    face = parse();
                    parsed = face;
                }
            }
        }
        return face;
    }

    private Parsed parse() {
        try {
            // Not OpenPDF's own font cache, which is global and keyed by name alone.
            BaseFont font = BaseFont.createFont(fileName, BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                    BaseFont.NOT_CACHED, read(), null);
            font.setSubset(true);
            font.setSecureRandom(new SubsetTag(this));
            BitSet latin1 = new BitSet(LATIN1);
            for (int c = 0; c < LATIN1; c++) {
                latin1.set(c, font.charExists(c));
            }
            return new Parsed(font, latin1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the font " + fileName, e);
        }
    }

    private byte[] read() {
        // Asked of a class in the fonts' own jar, so that the lookup also works on the module path.
        try (InputStream in = Liberation.class.getResourceAsStream(FOLDER + fileName)) {
            if (in == null) {
                throw new IllegalStateException("the font " + fileName + " is missing from the class path;"
                        + " it comes with com.github.librepdf:openpdf-fonts-extra");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the font " + fileName, e);
        }
    }
}
