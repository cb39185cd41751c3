package io.github.bulletinkit.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The text outside the tables, laid out down the page's full width and on over as many pages as it takes: the
 * heading lines, the introduction, the contents list, sections' headings and the closing. Paragraphs wait until
 * {@link #drain()}, which lays them out together through OpenPDF's {@code ColumnText}, their text tagged by a
 * {@link TaggedCanvas}. Space asked for between parts collapses, as in CSS, with the space already below the
 * last paragraph, and there is none at the top of a page. Belongs to one render.
 */
final class TextFlow {

    private final Document document;
    private final PdfWriter writer;
    private final Structure structure;
    private TaggedCanvas text;
    private ColumnText column;
    private float y;
    // The space below the last paragraph laid out, which y already leaves, and that of the last one waiting.
    private float spaceBelow;
    private float spaceAfterWaiting;

    TextFlow(Document document, PdfWriter writer, Structure structure, float y) {
        this.document = document;
        this.writer = writer;
        this.structure = structure;
        this.y = y;
    }

    /** Adds a paragraph below what came before, to be laid out with it. */
    void add(Paragraph paragraph) {
        if (column == null) {
            text = new TaggedCanvas(writer, structure);
            column = new ColumnText(text);
            // Space asked for may end below the page's foot, where nothing fits; ColumnText would take a top
            // below its bottom for the other way round, and write into the margin.
            column.setSimpleColumn(document.left(), document.bottom(), document.right(),
                    Math.max(y, document.bottom()));
        }
        column.addElement(paragraph);
        spaceAfterWaiting = paragraph.getSpacingAfter();
    }

    /**
     * Lays out the paragraphs added, on as many pages as they take.
     *
     * @return the height where they end, their last one's space after it included
     */
    float drain() {
        if (column == null) {
            return y;
        }
        PdfContentByte page = writer.getDirectContent();
        while ((column.go() & ColumnText.NO_MORE_TEXT) == 0) {
            text.drainInto(page);
            structure.annotateLinks();
            document.newPage();
            column.setSimpleColumn(document.left(), document.bottom(), document.right(), document.top());
        }
        text.drainInto(page);
        y = column.getYLine();
        column = null;
        spaceBelow = spaceAfterWaiting;
        return y;
    }

    /** Lays out what waits, then leaves at least {@code points} below it, unless at the top of a page. */
    void space(float points) {
        drain();
        if (y < document.top() && points > spaceBelow) {
            y -= points - spaceBelow;
            spaceBelow = points;
        }
    }

    /** Lays out what waits, then starts a new page unless {@code height} more fits below it. */
    void keepRoom(float height) {
        drain();
        if (y - height < document.bottom() && y < document.top()) {
            structure.annotateLinks();
            document.newPage();
            moveTo(document.top());
        }
    }

    /** Goes on from {@code y} on the page being drawn, where something else, such as a table, ended. */
    void moveTo(float y) {
        this.y = y;
        spaceBelow = 0;
    }

    /** The height {@code paragraph} takes laid out in the flow, at the top of a column, its space after included. */
    float height(Paragraph paragraph) {
        ColumnText measure = new ColumnText(null);
        measure.setSimpleColumn(document.left(), -(document.top() - document.bottom()) * 100, document.right(), 0);
        measure.addElement(paragraph);
        measure.go(true);
        return -measure.getYLine();
    }
}
