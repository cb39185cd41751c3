package io.github.bulletinkit.benchmarks;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.Entry;
import io.github.bulletinkit.model.Link;
import io.github.bulletinkit.model.RichText;
import io.github.bulletinkit.render.DocumentText;
import java.io.ByteArrayOutputStream;

/**
 * The baseline for the PDF renderer: the same title and table laid out with the plainest direct use of
 * OpenPDF that a developer would write first. One {@link PdfPTable} added at once, its header row repeated,
 * built-in Helvetica (nothing embedded), a link annotation per link, and none of what BulletinKit adds: no
 * font embedding or subsetting, no glyph check, no bookmarks, no page footer, no fixed dates or ids.
 */
final class PlainOpenPdfTable {

    private static final Font TITLE = new Font(Font.HELVETICA, 20, Font.BOLD);
    private static final Font TOPIC = new Font(Font.HELVETICA, 11.5f, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 10);
    private static final Font LINK = new Font(Font.HELVETICA, 10, Font.UNDERLINE);

    private PlainOpenPdfTable() {
    }

    static byte[] render(Bulletin bulletin) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 51, 51, 51, 51);
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph(bulletin.title(), TITLE));
        document.add(new Paragraph(bulletin.subtitle(), TEXT));
        PdfPTable table = new PdfPTable(new float[] {0.7f, 0.3f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.addCell(new Phrase(bulletin.informationHeading(), TOPIC));
        table.addCell(new Phrase(bulletin.linkHeading(), TOPIC));
        for (Entry entry : bulletin.entries()) {
            table.addCell(information(entry, bulletin));
            table.addCell(links(entry));
        }
        document.add(table);
        document.close();
        return out.toByteArray();
    }

    private static PdfPCell information(Entry entry, Bulletin bulletin) {
        PdfPCell cell = new PdfPCell();
        cell.addElement(new Paragraph(entry.topic(), TOPIC));
        cell.addElement(new Paragraph(DocumentText.sourceLine(entry), TEXT));
        cell.addElement(new Paragraph(DocumentText.publishedLine(entry, bulletin), TEXT));
        for (RichText paragraph : entry.summary()) {
            cell.addElement(new Paragraph(paragraph.plainText(), TEXT));
        }
        return cell;
    }

    private static PdfPCell links(Entry entry) {
        PdfPCell cell = new PdfPCell();
        for (Link link : entry.links()) {
            Paragraph paragraph = new Paragraph(link.prefix() + " ", TEXT);
            Chunk text = new Chunk(link.text().plainText(), LINK);
            if (link.hasUrl()) {
                text.setAnchor(link.url());
            }
            paragraph.add(text);
            cell.addElement(paragraph);
        }
        return cell;
    }
}
