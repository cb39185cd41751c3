package io.github.bulletinkit.benchmarks;

import com.lowagie.text.Chunk;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.Entry;
import io.github.bulletinkit.model.Link;
import io.github.bulletinkit.model.RichText;
import io.github.bulletinkit.render.DocumentText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.librepdf.openpdf.fonts.Liberation;

/**
 * The baseline for the PDF renderer: the same title and table laid out with the plainest direct use of
 * OpenPDF that a developer would write first. One {@link PdfPTable} added at once, its header row repeated,
 * built-in Helvetica (nothing embedded), a link annotation per link, and none of what BulletinKit adds: no
 * font embedding or subsetting, no glyph check, no bookmarks, no page footer, no fixed dates or ids.
 *
 * <p>{@link #renderEmbedded} is the same table in the renderer's own faces, Liberation Sans and Liberation Sans
 * Bold, embedded as subsets in WinAnsi as the renderer embeds them: the least that PDF/UA-1, which requires
 * every font to be embedded, adds to the baseline before anything is tagged.
 */
final class PlainOpenPdfTable {

    private static final PlainOpenPdfTable BUILT_IN = new PlainOpenPdfTable(new Font(Font.HELVETICA, 20, Font.BOLD),
            new Font(Font.HELVETICA, 11.5f, Font.BOLD), new Font(Font.HELVETICA, 10),
            new Font(Font.HELVETICA, 10, Font.UNDERLINE));

    private final Font titleFont;
    private final Font topicFont;
    private final Font textFont;
    private final Font linkFont;

    private PlainOpenPdfTable(Font titleFont, Font topicFont, Font textFont, Font linkFont) {
        this.titleFont = titleFont;
        this.topicFont = topicFont;
        this.textFont = textFont;
        this.linkFont = linkFont;
    }

    static byte[] render(Bulletin bulletin) {
        return BUILT_IN.table(bulletin);
    }

    /** The same table with both faces embedded; parsed once, as the renderer parses its faces once. */
    static byte[] renderEmbedded(Bulletin bulletin) {
        return Embedded.TABLE.table(bulletin);
    }

    private static final class Embedded {
        static final PlainOpenPdfTable TABLE = embedded();

        private static PlainOpenPdfTable embedded() {
            BaseFont regular = face("LiberationSans-Regular.ttf");
            BaseFont bold = face("LiberationSans-Bold.ttf");
            return new PlainOpenPdfTable(new Font(bold, 20), new Font(bold, 11.5f), new Font(regular, 10),
                    new Font(regular, 10, Font.UNDERLINE));
        }

        private static BaseFont face(String file) {
            try (InputStream in = Liberation.class.getResourceAsStream("/liberation/" + file)) {
                BaseFont font = BaseFont.createFont(file, BaseFont.WINANSI, BaseFont.EMBEDDED, BaseFont.NOT_CACHED,
                        in.readAllBytes(), null);
                font.setSubset(true);
                return font;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private byte[] table(Bulletin bulletin) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 51, 51, 51, 51);
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph(bulletin.title(), titleFont));
        document.add(new Paragraph(bulletin.subtitle(), textFont));
        PdfPTable table = new PdfPTable(new float[] {0.7f, 0.3f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.addCell(new Phrase(bulletin.informationHeading(), topicFont));
        table.addCell(new Phrase(bulletin.linkHeading(), topicFont));
        for (Entry entry : bulletin.entries()) {
            table.addCell(information(entry, bulletin));
            table.addCell(links(entry));
        }
        document.add(table);
        document.close();
        return out.toByteArray();
    }

    private PdfPCell information(Entry entry, Bulletin bulletin) {
        PdfPCell cell = new PdfPCell();
        cell.addElement(new Paragraph(entry.topic(), topicFont));
        cell.addElement(new Paragraph(DocumentText.sourceLine(entry), textFont));
        cell.addElement(new Paragraph(DocumentText.publishedLine(entry, bulletin), textFont));
        for (RichText paragraph : entry.summary()) {
            cell.addElement(new Paragraph(paragraph.plainText(), textFont));
        }
        return cell;
    }

    private PdfPCell links(Entry entry) {
        PdfPCell cell = new PdfPCell();
        for (Link link : entry.links()) {
            Paragraph paragraph = new Paragraph(link.prefix() + " ", textFont);
            Chunk anchor = new Chunk(link.text().plainText(), linkFont);
            if (link.hasUrl()) {
                anchor.setAnchor(link.url());
            }
            paragraph.add(anchor);
            cell.addElement(paragraph);
        }
        return cell;
    }
}
