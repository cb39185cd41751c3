package io.github.bulletinkit.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.PdfWriter;
import io.github.bulletinkit.layout.Block;
import io.github.bulletinkit.layout.Direction;
import io.github.bulletinkit.layout.PrintedAddress;
import io.github.bulletinkit.layout.Span;
import io.github.bulletinkit.layout.TextStyle;
import io.github.bulletinkit.model.Run;
import io.github.bulletinkit.model.Style;
import io.github.bulletinkit.theme.Rgb;
import java.awt.Color;
import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.List;

/** Turns the layout plan's blocks into OpenPDF paragraphs and phrases, in the styles the plan gives them. */
final class Typesetter {

    private final PdfFonts fonts;
    private final Color link;
    private final Direction documentDirection;
    private final float flowWidth;
    private final LinePlaces places;

    /**
     * {@code documentDirection} is the direction of the paragraphs outside the table and of the header row;
     * {@code flowWidth} the width of the text outside the table.
     */
    Typesetter(PdfFonts fonts, Rgb link, Direction documentDirection, float flowWidth) {
        this.fonts = fonts;
        this.link = colour(link);
        this.documentDirection = documentDirection;
        this.flowWidth = flowWidth;
        this.places = new LinePlaces(fonts);
    }

    /** Shaped text is drawn through {@code writer} from now on. */
    void drawOn(PdfWriter writer) {
        places.drawOn(writer);
    }

    /** The shaped line whose chunk has the tag {@code tag}, to be drawn now; null for the tag of a run. */
    ShapedLine line(String tag) {
        return places.line(tag);
    }

    /**
     * Whether {@code block} is laid out here rather than by OpenPDF: its scripts or fonts need it (see
     * {@link Scripts}), or it is written right to left, where even a Latin name and a number are ordered and
     * aligned as the paragraph's direction says.
     */
    boolean isShaped(Block block, Direction direction) {
        return direction == Direction.RIGHT_TO_LEFT || Scripts.needsShaping(block, fonts);
    }

    /** {@code block} as one untagged line, however long, in a paragraph of the direction given: the footer's. */
    ShapedLine shapedLine(Block block, boolean rightToLeft) {
        TextStyle style = block.style();
        Color colour = colour(style.colour());
        List<ShapedText.RunStyle> styles = new ArrayList<>();
        for (Span span : block.spans()) {
            for (Run text : span.runs()) {
                styles.add(new ShapedText.RunStyle(FontFace.of(text, style.bold()), colour, false, null));
            }
        }
        return ShapedText.lines(block, styles, fonts, rightToLeft, Float.MAX_VALUE).get(0);
    }

    /** The width of a space of the main font at {@code size}. */
    float spaceWidth(float size) {
        return fonts.font(FontFace.REGULAR, " ", size, Color.BLACK).getBaseFont().getWidthPoint(' ', size);
    }

    /** The direction of the paragraphs outside the table and of the header row. */
    Direction documentDirection() {
        return documentDirection;
    }

    static Color colour(Rgb rgb) {
        return new Color(rgb.red(), rgb.green(), rgb.blue());
    }

    /**
     * A block as a paragraph, with its spacing; {@code first} in a cell, it has no space above. Each run's chunk
     * carries its tag from {@code tags}, which ties it to its structure element; null for untagged text.
     */
    Paragraph paragraph(Block block, boolean first, List<String> tags) {
        return paragraph(block, first, tags, flowWidth, documentDirection);
    }

    /**
     * A block as a paragraph, as {@link #paragraph(Block, boolean, List)}, for lines {@code width} wide in
     * {@code direction}, a cell's.
     */
    Paragraph paragraph(Block block, boolean first, List<String> tags, float width, Direction direction) {
        TextStyle style = block.style();
        Paragraph paragraph = new Paragraph(style.lineHeight());
        // OpenPDF writes a paragraph's spacing as a space in the paragraph's own font, Helvetica unless set,
        // which is not embedded.
        paragraph.setFont(fonts.font(FontFace.REGULAR, " ", style.size(), colour(style.colour())));
        paragraph.setAlignment(Element.ALIGN_LEFT);
        paragraph.setSpacingBefore(first ? 0 : style.spaceBefore());
        paragraph.setSpacingAfter(style.spaceAfter());
        if (isShaped(block, direction)) {
            paragraph.setAlignment(direction == Direction.RIGHT_TO_LEFT ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
            addLines(paragraph, block, tags, width, direction);
        } else {
            addSpans(paragraph, block, tags);
        }
        return paragraph;
    }

    /**
     * A link's printed address as a paragraph: plain text, not a link, whose lines break only where
     * {@link PrintedAddress#breaksAfter} allows, in a cell of {@code direction}.
     */
    Paragraph address(Block block, List<String> tags, Direction direction) {
        TextStyle style = block.style();
        Paragraph paragraph = new Paragraph(style.lineHeight());
        Color colour = colour(style.colour());
        paragraph.setFont(fonts.font(FontFace.REGULAR, " ", style.size(), colour));
        // An address reads left to right, but stands where the cell's other text does.
        paragraph.setAlignment(direction == Direction.RIGHT_TO_LEFT ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
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

    /** A block as a phrase, for the footer and page numbers, drawn by OpenPDF alone. */
    Phrase phrase(Block block, List<String> tags) {
        Phrase phrase = new Phrase(block.style().lineHeight());
        addSpans(phrase, block, tags);
        return phrase;
    }

    /**
     * A block as a phrase, for a header cell, drawn through a {@link TaggedCanvas} (which draws shaped lines);
     * {@code tags} as for a paragraph.
     */
    Phrase cellPhrase(Block block, List<String> tags) {
        Phrase phrase = new Phrase(block.style().lineHeight());
        if (isShaped(block, documentDirection)) {
            addLines(phrase, block, tags, Float.MAX_VALUE, documentDirection);
        } else {
            addSpans(phrase, block, tags);
        }
        return phrase;
    }

    /** The block's lines as {@link ShapedText} breaks them, each in the place {@link LinePlaces} keeps for it. */
    private void addLines(Phrase phrase, Block block, List<String> tags, float width, Direction direction) {
        TextStyle style = block.style();
        Color colour = colour(style.colour());
        List<ShapedText.RunStyle> styles = new ArrayList<>();
        int run = 0;
        for (Span span : block.spans()) {
            for (Run text : span.runs()) {
                styles.add(new ShapedText.RunStyle(FontFace.of(text, style.bold()), span.isLink() ? link : colour,
                        span.isLink() || text.has(Style.UNDERLINE), tags == null ? null : tags.get(run)));
                run++;
            }
        }
        // OpenPDF measures a line in floats too: a hair less, so that it never breaks a line again.
        List<ShapedLine> shaped = ShapedText.lines(block, styles, fonts, direction == Direction.RIGHT_TO_LEFT,
                width - 0.01f);
        places.add(phrase, shaped, style.size());
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
    static void underline(Chunk chunk, float size) {
        chunk.setUnderline(size * 0.07f, -size * 0.1f);
    }

    /** A tab prints as a space (see {@link Block}); a line break stays, and OpenPDF breaks the line there. */
    static String printable(String text) {
        return text.replace('\t', ' ');
    }
}
