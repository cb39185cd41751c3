package io.github.bulletinkit.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfWriter;
import io.github.bulletinkit.layout.SectionHeading;

/**
 * A section's heading, drawn by its table on the page of the table's header row and first row, so that it is
 * never left alone at the foot of a page. Where it is placed becomes the destination its anchor names, which the
 * contents list's link leads to, a bookmark that its rows' bookmarks go under, and the page the contents list
 * shows for it. Belongs to one render.
 */
final class SectionStart implements TaggedTable.Lead {

    private final SectionHeading section;
    private final Paragraph heading;
    private final float height;
    private final TextFlow flow;
    private final PdfWriter writer;
    private final Document document;
    private final Bookmarks bookmarks;
    private final ContentsList contents;

    /**
     * @param heading the heading's paragraph, tagged
     * @param height the height it takes in the flow
     * @param contents the contents list, or null when the bulletin has none
     */
    SectionStart(SectionHeading section, Paragraph heading, float height, TextFlow flow, PdfWriter writer,
            Document document, Bookmarks bookmarks, ContentsList contents) {
        this.section = section;
        this.heading = heading;
        this.height = height;
        this.flow = flow;
        this.writer = writer;
        this.document = document;
        this.bookmarks = bookmarks;
        this.contents = contents;
    }

    @Override
    public float height() {
        return height;
    }

    @Override
    public float draw(float top) {
        writer.getDirectContent().localDestination(section.anchor(),
                new PdfDestination(PdfDestination.XYZ, document.left(), top, 0));
        bookmarks.section(section.heading().text(), document.left(), top);
        if (contents != null) {
            contents.sectionStarts(section.anchor(), writer.getPageNumber());
        }
        flow.moveTo(top);
        flow.add(heading);
        return flow.drain();
    }
}
