package io.github.bulletinkit.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import io.github.bulletinkit.layout.Block;
import io.github.bulletinkit.layout.Contents;
import io.github.bulletinkit.layout.Role;
import io.github.bulletinkit.layout.Span;
import io.github.bulletinkit.layout.TextStyle;
import io.github.bulletinkit.model.Run;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The contents list: its heading ({@code H2}), then a {@code TOC} with a {@code TOCI} for each section, whose
 * {@code Reference} holds a {@code Link} to the section's heading: the heading's words and, at the right margin,
 * the page the section starts on. That page is known only when the section's heading is placed, pages later, so
 * each item shows a small template, inside its link's marked content, that is filled in then, as
 * {@link PageFooter} fills in its total. Belongs to one render.
 */
final class ContentsList {

    // Room for a page number of five digits.
    private static final int DIGITS = 5;

    private final TextFlow flow;
    private final Structure structure;
    private final Typesetter type;
    private final PdfWriter writer;
    private final Document document;
    // Each item's page number, by its section's anchor, until the section's heading is placed.
    private final Map<String, PageNumber> numbers = new HashMap<>();
    private float numberWidth;

    /** A page number's template, and its item, whose style it is written in. */
    private record PageNumber(PdfTemplate template, Block item) {
    }

    ContentsList(TextFlow flow, Structure structure, Typesetter type, PdfWriter writer, Document document) {
        this.flow = flow;
        this.structure = structure;
        this.type = type;
        this.writer = writer;
        this.document = document;
    }

    /** Lays the list out below what came before, its heading kept with its first item. */
    void draw(Contents contents) {
        Block heading = contents.heading();
        flow.space(heading.style().spaceBefore());
        List<String> headingTags = structure.block(structure.document(), heading, Structure.role(heading.role()));
        StructElement toc = structure.element(structure.document(), PdfName.TOC);
        Block first = linkTo(contents.items().get(0));
        numberWidth = numberWidth(first);
        flow.keepRoom(flow.height(type.paragraph(heading, false, null)) + flow.height(item(first, null)));
        flow.add(type.paragraph(heading, false, headingTags));
        for (Contents.Item item : contents.items()) {
            draw(item, structure.element(toc, PdfName.TOCI));
        }
    }

    private void draw(Contents.Item item, StructElement toci) {
        Block link = linkTo(item);
        List<String> tags = structure.block(toci, link, Structure.role(link.role()));
        flow.keepRoom(flow.height(item(link, null)));
        flow.add(item(link, tags));
        flow.drain();
        // The number stands on the baseline of the item's last line, at the right margin.
        Rectangle line = structure.lastDrawn(tags.get(0));
        float size = link.style().size();
        PdfContentByte page = writer.getDirectContent();
        PdfTemplate template = page.createTemplate(numberWidth, size * 1.4f);
        float x = document.right() - numberWidth;
        structure.openLink(page, tags.get(0), new Rectangle(x, line.getBottom(), document.right(), line.getTop()));
        // The template holds no marked content of its own (veraPDF's rule 7.20-2 forbids that in a reused one):
        // drawn inside the link's, its digits are the link's text. It leaves room for descenders, as the footer's.
        page.addTemplate(template, x, line.getBottom() - size * 0.4f);
        page.endMarkedContentSequence();
        numbers.put(item.anchor(), new PageNumber(template, link));
    }

    /** The section of {@code anchor} starts on {@code page}, from 1: its item shows that page. */
    void sectionStarts(String anchor, int page) {
        PageNumber number = numbers.remove(anchor);
        Block digits = number(number.item(), page);
        ColumnText.showTextAligned(number.template(), Element.ALIGN_RIGHT, type.phrase(digits, null),
                number.template().getWidth(), digits.style().size() * 0.4f, 0);
    }

    /** An item's paragraph, its right side left for the page number; {@code tags} null to measure it. */
    private Paragraph item(Block link, List<String> tags) {
        Paragraph paragraph = type.paragraph(link, false, tags);
        paragraph.setIndentationRight(numberWidth + link.style().size());
        return paragraph;
    }

    /** An item's words as one link to its section's heading. */
    private static Block linkTo(Contents.Item item) {
        Block text = item.text();
        List<Run> runs = text.spans().stream().flatMap(span -> span.runs().stream()).toList();
        return new Block(text.role(), text.place(), text.style(), List.of(new Span(runs, "#" + item.anchor())));
    }

    private static Block number(Block item, int page) {
        return new Block(Role.CONTENTS_ITEM, item.place(), item.style(),
                List.of(new Span(List.of(Run.plain(String.format(Locale.ROOT, "%d", page))), "")));
    }

    /** The width of the widest page number, in an item's style. */
    private float numberWidth(Block item) {
        float widest = 0;
        for (int digit = 0; digit <= 9; digit++) {
            widest = Math.max(widest, width(type.phrase(number(item, digit), null)));
        }
        return widest * DIGITS;
    }

    private static float width(Phrase phrase) {
        float width = 0;
        for (Element element : phrase) {
            width += ((Chunk) element).getWidthPoint();
        }
        return width;
    }
}
