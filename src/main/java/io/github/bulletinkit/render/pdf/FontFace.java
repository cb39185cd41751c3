package io.github.bulletinkit.render.pdf;

import com.lowagie.text.pdf.BaseFont;
import io.github.bulletinkit.model.Run;
import io.github.bulletinkit.model.Style;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.librepdf.openpdf.fonts.Liberation;

/**
 * The four faces of Liberation Sans that every PDF embeds. Each face is read and parsed once, when a render
 * first needs it, and then shared by every render on every thread (see {@link #baseFont(String)}).
 *
 * <p>A face is embedded in one of two encodings, chosen for each piece of text. Text that Windows code page
 * 1252 can hold (Western European languages, curly quotes and dashes) goes into a simple font, one byte a
 * character; any other text into a CID font in {@code Identity-H}, two bytes a glyph. The simple font is what
 * makes most bulletins fast: OpenPDF measures and writes its characters through arrays, where a CID font needs
 * a map lookup for every character, twice. Both are embedded subsets, and both copy back as the same text.
 */
enum FontFace {
    REGULAR("LiberationSans-Regular.ttf"),
    BOLD("LiberationSans-Bold.ttf"),
    ITALIC("LiberationSans-Italic.ttf"),
    BOLD_ITALIC("LiberationSans-BoldItalic.ttf");

    /** How a face's text is encoded in the PDF. */
    enum Encoding {
        /** Windows code page 1252, in a simple TrueType font. */
        WIN_ANSI(BaseFont.WINANSI),
        /** Glyph ids, in a CID TrueType font: every character the face has. */
        IDENTITY_H(BaseFont.IDENTITY_H);

        private final String openPdfName;

        Encoding(String openPdfName) {
            this.openPdfName = openPdfName;
        }
    }

    // Where the openpdf-fonts-extra jar keeps the Liberation fonts.
    private static final String FOLDER = "/liberation/";

    private final String fileName;
    // Parsed on first use, not when the class loads: a face costs tens of milliseconds to read and parse,
    // and a run that writes only DOCX, or a bulletin without italics or without Greek, needs some or none.
    private volatile BaseFont winAnsi;
    private volatile BaseFont identityH;

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
     * The parsed face to write {@code text} in: the simple font when code page 1252 holds all of it, else the
     * CID font. Shared by all renders: parsing a face again for every document used to cost as much as laying
     * the sample out. Sharing is safe because OpenPDF only reads a parsed TrueType font while it lays out and
     * writes: the glyphs a document uses are recorded in its writer's own {@code FontDetails}, and the subset
     * is cut from a copy of the font's reader. The one thing that differs between documents, the six letters
     * of the subset's tag, comes from a {@link SubsetTag} that asks the render running on the calling thread.
     * Nothing may change the font once it is made (no {@code setSubset}, {@code setKerning},
     * {@code setCharAdvance} and the like).
     */
    BaseFont baseFont(String text) {
        BaseFont simple = font(Encoding.WIN_ANSI);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // A line break is no glyph: OpenPDF breaks the line there.
            if (c != '\n' && !isWinAnsi(simple, c)) {
                return font(Encoding.IDENTITY_H);
            }
        }
        return simple;
    }

    /**
     * Whether the face has a glyph for {@code codePoint}. Liberation Sans has one for every character of code
     * page 1252, in every face (a test holds it to that), so only other characters are looked up.
     */
    boolean canShow(int codePoint) {
        return codePoint <= Character.MAX_VALUE && isWinAnsi(font(Encoding.WIN_ANSI), (char) codePoint)
                || font(Encoding.IDENTITY_H).charExists(codePoint);
    }

    /** The parsed face in {@code encoding}. */
    BaseFont font(Encoding encoding) {
        BaseFont font = encoding == Encoding.WIN_ANSI ? winAnsi : identityH;
        if (font == null) {
            synchronized (this) {
                font = encoding == Encoding.WIN_ANSI ? winAnsi : identityH;
                if (font == null) {
                    font = parse(encoding);
                    if (encoding == Encoding.WIN_ANSI) {
                        winAnsi = font;
                    } else {
                        identityH = font;
                    }
                }
            }
        }
        return font;
    }

    // OpenPDF's own code page table decides, so that this test and the encoding never disagree; printable
    // ASCII and the upper half of Latin-1 are the same in code page 1252 and need no lookup.
    private static boolean isWinAnsi(BaseFont simple, char c) {
        return c >= ' ' && c < 0x7F || c >= 0xA0 && c <= 0xFF || c > 0xFF && simple.charExists(c);
    }

    private BaseFont parse(Encoding encoding) {
        try {
            // Not OpenPDF's own font cache, which is global and keyed by name alone.
            BaseFont font = BaseFont.createFont(fileName, encoding.openPdfName, BaseFont.EMBEDDED,
                    BaseFont.NOT_CACHED, read(), null);
            font.setSubset(true);
            font.setSecureRandom(new SubsetTag(this, encoding));
            return font;
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
