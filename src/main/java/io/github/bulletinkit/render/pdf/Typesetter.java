package io.github.bulletinkit.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import io.github.bulletinkit.model.Link;
import io.github.bulletinkit.model.RichText;
import io.github.bulletinkit.model.Run;
import io.github.bulletinkit.model.Style;
import io.github.bulletinkit.render.RenderOptions;
import io.github.bulletinkit.render.Rgb;
import java.awt.Color;
import java.net.URI;

/**
 * Turns the bulletin's text into OpenPDF paragraphs in the bulletin's type styles: sizes scale from the
 * options' base size, and every line is spaced at 1.35 times its size.
 */
final class Typesetter {

    static final Color TEXT = new Color(0x1A, 0x1A, 0x1A);
    static final Color QUIET = new Color(0x59, 0x59, 0x59);
    static final Color LINK = new Color(0x05, 0x63, 0xC1);
    private static final float LEADING = 1.35f;

    private final PdfFonts fonts;
    private final float base;
    private final Color accent;
    private final Color headerText;

    Typesetter(PdfFonts fonts, RenderOptions options) {
        this.fonts = fonts;
        this.base = options.baseFontSize();
        this.accent = colour(options.theme().titleColour());
        this.headerText = colour(options.theme().onAccent());
    }

    static Color colour(Rgb rgb) {
        return new Color(rgb.red(), rgb.green(), rgb.blue());
    }

    float baseSize() {
        return base;
    }

    /** The title, in the options' title colour. */
    Paragraph title(String text) {
        return plain(text, FontFace.BOLD, base * 2.0f, accent);
    }

    Paragraph subtitle(String text) {
        return plain(text, FontFace.REGULAR, base * 1.25f, QUIET);
    }

    /** A column heading, in the header row. */
    Phrase heading(String text) {
        String shown = printable(text);
        return new Phrase(base * LEADING, shown, fonts.font(FontFace.BOLD, shown, base, headerText));
    }

    /** An entry's topic, at the top of its row. */
    Paragraph topic(String text) {
        return plain(text, FontFace.BOLD, base * 1.15f, TEXT);
    }

    /** A line under the topic, such as its source. */
    Paragraph detail(String text) {
        return plain(text, FontFace.REGULAR, base * 0.9f, QUIET);
    }

    /** A summary paragraph with its emphasis and inline links. */
    Paragraph summary(RichText text) {
        Paragraph paragraph = paragraph(base, TEXT);
        text.runs().forEach(run -> paragraph.add(chunk(run, base)));
        return paragraph;
    }

    /** A link as it reads: the prefix, a space, then the linked text, which alone is clickable. */
    Paragraph link(Link link) {
        Paragraph paragraph = paragraph(base, TEXT);
        if (!link.prefix().isEmpty()) {
            String prefix = printable(link.prefix()) + " ";
            paragraph.add(new Chunk(prefix, fonts.font(FontFace.REGULAR, prefix, base, TEXT)));
        }
        for (Run run : link.text().runs()) {
            // The link's address belongs to the whole text; its runs carry only emphasis.
            paragraph.add(link.hasUrl() ? anchor(run, link.url(), base) : chunk(run, base));
        }
        return paragraph;
    }

    /** A page's footer line. */
    Phrase footer(String text) {
        return new Phrase(text, fonts.font(FontFace.REGULAR, text, footerSize(), QUIET));
    }

    float footerSize() {
        return base * 0.8f;
    }

    private Paragraph plain(String text, FontFace face, float size, Color colour) {
        Paragraph paragraph = paragraph(size, colour);
        String shown = printable(text);
        paragraph.add(new Chunk(shown, fonts.font(face, shown, size, colour)));
        return paragraph;
    }

    private Paragraph paragraph(float size, Color colour) {
        Paragraph paragraph = new Paragraph(size * LEADING);
        // OpenPDF writes a paragraph's spacing as a space in the paragraph's own font, Helvetica unless set,
        // which is not embedded.
        paragraph.setFont(fonts.font(FontFace.REGULAR, " ", size, colour));
        paragraph.setAlignment(Element.ALIGN_LEFT);
        return paragraph;
    }

    private Chunk chunk(Run run, float size) {
        if (run.isLink()) {
            return anchor(run, run.url(), size);
        }
        String shown = printable(run.text());
        Chunk chunk = new Chunk(shown, fonts.font(FontFace.of(run), shown, size, TEXT));
        if (run.has(Style.UNDERLINE)) {
            underline(chunk, size);
        }
        return chunk;
    }

    private Chunk anchor(Run run, String url, float size) {
        String shown = printable(run.text());
        Chunk chunk = new Chunk(shown, fonts.font(FontFace.of(run), shown, size, LINK));
        underline(chunk, size);
        // The link must be the chunk's own: OpenPDF prints an Anchor put in a table cell (in a Paragraph or
        // a Phrase) without its link, and refuses one added to the cell directly.
        // OpenPDF writes the URI in PDFDocEncoding and silently drops what that cannot hold (Cyrillic, say):
        // percent-encode every non-ASCII character as UTF-8, as a browser would. '#', '?' and '&' stay.
        chunk.setAnchor(URI.create(url).toASCIIString());
        return chunk;
    }

    // Liberation Sans's own underline: 0.07 em thick, its middle 0.1 em below the baseline. OpenPDF's
    // Font.UNDERLINE draws it lower and heavier.
    private static void underline(Chunk chunk, float size) {
        chunk.setUnderline(size * 0.07f, -size * 0.1f);
    }

    /** A tab prints as a space; a line break stays, and OpenPDF breaks the line there. */
    static String printable(String text) {
        return text.replace('\t', ' ');
    }
}
