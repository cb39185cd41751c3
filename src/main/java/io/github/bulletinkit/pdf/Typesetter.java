package io.github.bulletinkit.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.SplitCharacter;
import io.github.bulletinkit.layout.Block;
import io.github.bulletinkit.layout.PrintedAddress;
import io.github.bulletinkit.layout.Span;
import io.github.bulletinkit.layout.TextStyle;
import io.github.bulletinkit.model.Run;
import io.github.bulletinkit.model.Style;
import io.github.bulletinkit.theme.Rgb;
import java.awt.Color;
import java.nio.CharBuffer;
import java.util.List;

/** Turns the layout plan's blocks into OpenPDF paragraphs and phrases, in the styles the plan gives them. */
final class Typesetter {

    private final PdfFonts fonts;
    private final Color link;

    Typesetter(PdfFonts fonts, Rgb link) {
        this.fonts = fonts;
        this.link = colour(link);
    }

    static Color colour(Rgb rgb) {
        return new Color(rgb.red(), rgb.green(), rgb.blue());
    }

    /**
     * A block as a paragraph, with its spacing; {@code first} in a cell, it has no space above. Each run's chunk
     * carries its tag from {@code tags}, which ties it to its structure element; null for untagged text.
     */
    Paragraph paragraph(Block block, boolean first, List<String> tags) {
        TextStyle style = block.style();
        Paragraph paragraph = new Paragraph(style.lineHeight());
        // OpenPDF writes a paragraph's spacing as a space in the paragraph's own font, Helvetica unless set,
        // which is not embedded.
        paragraph.setFont(fonts.font(FontFace.REGULAR, " ", style.size(), colour(style.colour())));
        paragraph.setAlignment(Element.ALIGN_LEFT);
        paragraph.setSpacingBefore(first ? 0 : style.spaceBefore());
        paragraph.setSpacingAfter(style.spaceAfter());
        addSpans(paragraph, block, tags);
        return paragraph;
    }

    /**
     * A link's printed address as a paragraph: plain text, not a link, whose lines break only where
     * {@link PrintedAddress#breaksAfter} allows.
     */
    Paragraph address(Block block, List<String> tags) {
        TextStyle style = block.style();
        Paragraph paragraph = new Paragraph(style.lineHeight());
        Color colour = colour(style.colour());
        paragraph.setFont(fonts.font(FontFace.REGULAR, " ", style.size(), colour));
        paragraph.setAlignment(Element.ALIGN_LEFT);
        paragraph.setSpacingAfter(style.spaceAfter());
        String shown = block.text();
        Chunk chunk = new Chunk(shown, fonts.font(FontFace.REGULAR, shown, style.size(), colour));
        chunk.setSplitCharacter(ADDRESS_BREAKS);
        if (tags != null) {
            chunk.setGenericTag(tags.get(0));
        }
        paragraph.add(chunk);
        return paragraph;
    }

    // OpenPDF asks about the chunk's text from the start of what is left of it, so the text alone decides.
    private static final SplitCharacter ADDRESS_BREAKS = (start, current, end, text, chunks) ->
            PrintedAddress.breaksAfter(CharBuffer.wrap(text, start, end - start), current - start);

    /** A block as a phrase, for a header cell or the footer; {@code tags} as for a paragraph. */
    Phrase phrase(Block block, List<String> tags) {
        Phrase phrase = new Phrase(block.style().lineHeight());
        addSpans(phrase, block, tags);
        return phrase;
    }

    private void addSpans(Phrase phrase, Block block, List<String> tags) {
        TextStyle style = block.style();
        Color colour = colour(style.colour());
        int run = 0;
        for (Span span : block.spans()) {
            for (Run text : span.runs()) {
                Chunk chunk = span.isLink() ? linkChunk(text, style) : chunk(text, style, colour);
                if (tags != null) {
                    chunk.setGenericTag(tags.get(run));
                }
                phrase.add(chunk);
                run++;
            }
        }
    }

    private Chunk chunk(Run run, TextStyle style, Color colour) {
        String shown = printable(run.text());
        Chunk chunk = new Chunk(shown, fonts.font(FontFace.of(run, style.bold()), shown, style.size(), colour));
        if (run.has(Style.UNDERLINE)) {
            underline(chunk, style.size());
        }
        return chunk;
    }

    /** A link's text; its annotation comes from {@link Structure}, which knows where each line of it lies. */
    private Chunk linkChunk(Run run, TextStyle style) {
        String shown = printable(run.text());
        Chunk chunk = new Chunk(shown, fonts.font(FontFace.of(run, style.bold()), shown, style.size(), link));
        underline(chunk, style.size());
        return chunk;
    }

    // An underline 0.07 em thick, its middle 0.1 em below the baseline, as Liberation Sans draws its own.
    // OpenPDF's Font.UNDERLINE draws it lower and heavier.
    private static void underline(Chunk chunk, float size) {
        chunk.setUnderline(size * 0.07f, -size * 0.1f);
    }

    /** A tab prints as a space (see {@link Block}); a line break stays, and OpenPDF breaks the line there. */
    static String printable(String text) {
        return text.replace('\t', ' ');
    }
}
