package io.github.bulletinkit.render.pdf;

import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.Entry;
import io.github.bulletinkit.model.Link;
import io.github.bulletinkit.model.RichText;
import io.github.bulletinkit.render.DocumentText;
import java.awt.Color;

/** Makes the cells of the bulletin's table: the header row's, and the two of each entry's row. */
final class TableCells {

    private static final Color RULE = new Color(0xBF, 0xBF, 0xBF);
    private static final float RULE_WIDTH = 0.5f;

    private final Typesetter type;
    private final Color headerBackground;

    TableCells(Typesetter type, Color headerBackground) {
        this.type = type;
        this.headerBackground = headerBackground;
    }

    PdfPCell heading(String text) {
        PdfPCell cell = new PdfPCell(type.heading(text));
        cell.setBackgroundColor(headerBackground);
        cell.setBorderColor(headerBackground);
        cell.setBorderWidth(RULE_WIDTH);
        pad(cell, 0.6f, 0.6f);
        return cell;
    }

    /** The left cell: the topic, its source and date, then the summary. */
    PdfPCell information(Entry entry, Bulletin bulletin, PdfPCellEvent event) {
        PdfPCell cell = bodyCell();
        float base = type.baseSize();
        Paragraph topic = type.topic(entry.topic());
        topic.setSpacingAfter(base * 0.2f);
        cell.addElement(topic);
        cell.addElement(type.detail(DocumentText.sourceLine(entry)));
        Paragraph published = type.detail(DocumentText.publishedLine(entry, bulletin));
        published.setSpacingAfter(base * 0.3f);
        cell.addElement(published);
        for (RichText text : entry.summary()) {
            Paragraph paragraph = type.summary(text);
            paragraph.setSpacingBefore(base * 0.45f);
            cell.addElement(paragraph);
        }
        cell.setCellEvent(event);
        return cell;
    }

    /** The right cell: each link on its own line. */
    PdfPCell links(Entry entry) {
        PdfPCell cell = bodyCell();
        boolean first = true;
        for (Link link : entry.links()) {
            Paragraph paragraph = type.link(link);
            paragraph.setSpacingBefore(first ? 0 : type.baseSize() * 0.6f);
            cell.addElement(paragraph);
            first = false;
        }
        return cell;
    }

    private PdfPCell bodyCell() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.BOX);
        cell.setBorderColor(RULE);
        cell.setBorderWidth(RULE_WIDTH);
        // A little more below than above: the last line's descenders sit low.
        pad(cell, 0.7f, 0.9f);
        return cell;
    }

    // Padding in multiples of the base size, so that a larger text gets a roomier table. The left and right
    // padding is the same in every row, so that headings and text line up.
    private void pad(PdfPCell cell, float top, float bottom) {
        float base = type.baseSize();
        cell.setPaddingTop(base * top);
        cell.setPaddingBottom(base * bottom);
        cell.setPaddingLeft(base * 0.8f);
        cell.setPaddingRight(base * 0.8f);
        cell.setUseAscender(true);
        cell.setUseDescender(true);
    }
}
