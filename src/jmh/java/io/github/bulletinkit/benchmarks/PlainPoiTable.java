package io.github.bulletinkit.benchmarks;

import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.Entry;
import io.github.bulletinkit.model.Link;
import io.github.bulletinkit.model.RichText;
import io.github.bulletinkit.render.DocumentText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The baseline for the DOCX renderer: the same title and table with the plainest direct use of POI's
 * usermodel. One {@link XWPFTable}, its header row repeated, a hyperlink run per link, direct formatting
 * (bold, sizes) instead of named styles, and none of what BulletinKit adds: no style sheet or settings, no
 * column grid, no footer, no document properties, no reproducible zip.
 */
final class PlainPoiTable {

    private PlainPoiTable() {
    }

    static byte[] render(Bulletin bulletin) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument document = new XWPFDocument()) {
            run(document.createParagraph(), bulletin.title(), true, 20);
            run(document.createParagraph(), bulletin.subtitle(), false, 12);
            XWPFTable table = document.createTable(1, 2);
            XWPFTableRow header = table.getRow(0);
            header.setRepeatHeader(true);
            run(header.getCell(0).getParagraphs().get(0), bulletin.informationHeading(), true, 10);
            run(header.getCell(1).getParagraphs().get(0), bulletin.linkHeading(), true, 10);
            for (Entry entry : bulletin.entries()) {
                XWPFTableRow row = table.createRow();
                information(row.getCell(0), entry, bulletin);
                links(row.getCell(1), entry);
            }
            document.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void information(XWPFTableCell cell, Entry entry, Bulletin bulletin) {
        run(cell.getParagraphs().get(0), entry.topic(), true, 11);
        run(cell.addParagraph(), DocumentText.sourceLine(entry), false, 9);
        run(cell.addParagraph(), DocumentText.publishedLine(entry, bulletin), false, 9);
        for (RichText paragraph : entry.summary()) {
            run(cell.addParagraph(), paragraph.plainText(), false, 10);
        }
    }

    private static void links(XWPFTableCell cell, Entry entry) {
        boolean first = true;
        for (Link link : entry.links()) {
            XWPFParagraph paragraph = first ? cell.getParagraphs().get(0) : cell.addParagraph();
            first = false;
            paragraph.createRun().setText(link.prefix() + " ");
            if (link.hasUrl()) {
                XWPFHyperlinkRun text = paragraph.createHyperlinkRun(link.url());
                text.setText(link.text().plainText());
                text.setUnderline(UnderlinePatterns.SINGLE);
                text.setColor("0563C1");
            } else {
                paragraph.createRun().setText(link.text().plainText());
            }
        }
    }

    private static void run(XWPFParagraph paragraph, String text, boolean bold, int size) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setFontSize(size);
    }
}
