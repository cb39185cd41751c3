package io.github.bulletinkit.pdf;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

/**
 * One face of a typeface, parsed when a render first needs it and then shared by every render on every thread.
 *
 * <p>A face is embedded in one of two encodings, chosen for each piece of text. Text that Windows code page
 * 1252 can hold (Western European languages, curly quotes and dashes) goes into a simple font, one byte a
 * character; any other text into a CID font in {@code Identity-H}, two bytes a glyph. The simple font is what
 * makes most bulletins fast: OpenPDF measures and writes its characters through arrays, where a CID font needs
 * a map lookup for every character, twice. Both are embedded subsets, and both copy back as the same text.
 *
 * <p>Sharing is safe because OpenPDF only reads a parsed TrueType font while it lays out and writes: the glyphs
 * a document uses are recorded in its writer's own {@code FontDetails}, and the subset is cut from a copy of
 * the font's reader. The one thing that differs between documents, the six letters of the subset's tag, comes
 * from a {@link SubsetTag} that asks the render running on the calling thread. Nothing may change the font once
 * it is made (no {@code setSubset}, {@code setKerning}, {@code setCharAdvance} and the like).
 */
final class EmbeddedFace {

    private final FontFace face;
    private final String fileName;
    private final Supplier<byte[]> file;
    private final boolean hasAllOfCodePage1252;
    private final int fallback;
    // Parsed on first use: a face costs tens of milliseconds to read and parse, and a run that writes only DOCX,
    // or a bulletin without italics or without Greek, needs some or none.
    private volatile BaseFont winAnsi;
    private volatile BaseFont identityH;
    private volatile java.awt.Font shaper;

    /**
     * @param fileName ends in {@code .ttf} or {@code .otf}, which tells OpenPDF how to read the file
     * @param hasAllOfCodePage1252 whether the face is known to have every character of code page 1252, so that
     *     {@link #canShow} need not look them up (a test holds Liberation Sans to it)
     */
    EmbeddedFace(FontFace face, String fileName, Supplier<byte[]> file, boolean hasAllOfCodePage1252) {
        this(face, fileName, file, hasAllOfCodePage1252, 0);
    }

    /** A face of the fallback font numbered {@code fallback}, from 1; 0 for the main typeface's. */
    EmbeddedFace(FontFace face, String fileName, Supplier<byte[]> file, boolean hasAllOfCodePage1252, int fallback) {
        this.fallback = fallback;
        this.face = face;
        this.fileName = fileName;
        this.file = file;
        this.hasAllOfCodePage1252 = hasAllOfCodePage1252;
    }

    /** The parsed face to write {@code text} in: the simple font when code page 1252 holds all of it, else CID. */
    BaseFont baseFont(String text) {
        BaseFont simple = font(FontFace.Encoding.WIN_ANSI);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // A line break is no glyph: OpenPDF breaks the line there.
            if (c != '\n' && !isWinAnsi(simple, c)) {
                return font(FontFace.Encoding.IDENTITY_H);
            }
        }
        return simple;
    }

    /** Whether the face has a glyph for {@code codePoint}. */
    boolean canShow(int codePoint) {
        return hasAllOfCodePage1252 && codePoint <= Character.MAX_VALUE
                && isWinAnsi(font(FontFace.Encoding.WIN_ANSI), (char) codePoint)
                || font(FontFace.Encoding.IDENTITY_H).charExists(codePoint);
    }

    /**
     * The face as the JDK reads it, at one point, to shape text with: its glyph ids are the font file's, which
     * the {@code Identity-H} font shows.
     */
    java.awt.Font shaper() {
        java.awt.Font font = shaper;
        if (font == null) {
            try {
                font = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT,
                        new java.io.ByteArrayInputStream(file.get()));
            } catch (java.awt.FontFormatException e) {
                throw new IllegalStateException("the JDK cannot read the font " + fileName + " to shape text", e);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the font " + fileName, e);
            }
            shaper = font;
        }
        return font;
    }

    /** The parsed face in {@code encoding}. */
    BaseFont font(FontFace.Encoding encoding) {
        BaseFont font = encoding == FontFace.Encoding.WIN_ANSI ? winAnsi : identityH;
        if (font == null) {
            synchronized (this) {
                font = encoding == FontFace.Encoding.WIN_ANSI ? winAnsi : identityH;
                if (font == null) {
                    font = parse(encoding);
                    if (encoding == FontFace.Encoding.WIN_ANSI) {
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

    private BaseFont parse(FontFace.Encoding encoding) {
        try {
            // Not OpenPDF's own font cache, which is global and keyed by name alone.
            BaseFont font = BaseFont.createFont(fileName, encoding.openPdfName, BaseFont.EMBEDDED,
                    BaseFont.NOT_CACHED, file.get(), null);
            font.setSubset(true);
            // A subset's CIDSet would list only the glyphs of the first document: PDF/UA refuses an incomplete one.
            font.setIncludeCidSet(false);
            font.setSecureRandom(new SubsetTag(face, encoding, fallback));
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the font " + fileName, e);
        }
    }
}
