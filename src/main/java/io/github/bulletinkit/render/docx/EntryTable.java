package io.github.bulletinkit.render.docx;

import static io.github.bulletinkit.render.docx.TextWriter.plain;
import static io.github.bulletinkit.render.docx.TextWriter.styled;

import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.Entry;
import io.github.bulletinkit.model.Link;
import io.github.bulletinkit.model.RichText;
import io.github.bulletinkit.render.DocumentText;
import io.github.bulletinkit.render.RenderOptions;
import java.math.BigInteger;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblCellMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * The two-column table: a header row that repeats on every page, then one row per entry. Built from the XML
 * beans rather than with {@code XWPFDocument.createTable()}, which writes no {@code w:tblGrid} (the schema
 * requires one, and LibreOffice needs it for the column widths) and adds a row and cell of its own.
 */
final class EntryTable {

    private static final String BORDER_COLOUR = "BFBFBF";
    private static final BigInteger BORDER_EIGHTHS_OF_A_POINT = BigInteger.valueOf(4);
    private static final float CELL_PADDING_VERTICAL = 5f;
    private static final float CELL_PADDING_HORIZONTAL = 6f;

    private final Bulletin bulletin;
    private final RenderOptions options;
    private final TextWriter text;
    private final BigInteger informationWidth;
    private final BigInteger linkWidth;

    EntryTable(Bulletin bulletin, RenderOptions options, TextWriter text) {
        this.bulletin = bulletin;
        this.options = options;
        this.text = text;
        long total = Twips.of(options.contentWidth());
        long information = Math.round(total * (double) options.informationShare());
        this.informationWidth = BigInteger.valueOf(information);
        this.linkWidth = BigInteger.valueOf(total - information);
    }

    void write(CTBody body) {
        CTTbl table = body.addNewTbl();
        properties(table.addNewTblPr());
        CTTblGrid grid = table.addNewTblGrid();
        grid.addNewGridCol().setW(informationWidth);
        grid.addNewGridCol().setW(linkWidth);
        headerRow(table.addNewTr());
        for (Entry entry : bulletin.entries()) {
            entryRow(table.addNewTr(), entry);
        }
    }

    private void properties(CTTblPr properties) {
        width(properties.addNewTblW(), informationWidth.add(linkWidth));
        CTTblBorders borders = properties.addNewTblBorders();
        for (CTBorder border : new CTBorder[] {borders.addNewTop(), borders.addNewLeft(), borders.addNewBottom(),
                borders.addNewRight(), borders.addNewInsideH(), borders.addNewInsideV()}) {
            border.setVal(STBorder.SINGLE);
            border.setSz(BORDER_EIGHTHS_OF_A_POINT);
            border.setSpace(BigInteger.ZERO);
            border.setColor(BORDER_COLOUR);
        }
        // Fixed: the columns keep the widths of the grid whatever their text, in Word and LibreOffice alike.
        properties.addNewTblLayout().setType(STTblLayoutType.FIXED);
        CTTblCellMar padding = properties.addNewTblCellMar();
        width(padding.addNewTop(), Twips.big(CELL_PADDING_VERTICAL));
        width(padding.addNewLeft(), Twips.big(CELL_PADDING_HORIZONTAL));
        width(padding.addNewBottom(), Twips.big(CELL_PADDING_VERTICAL));
        width(padding.addNewRight(), Twips.big(CELL_PADDING_HORIZONTAL));
        properties.addNewTblCaption().setVal(bulletin.title());
        properties.addNewTblDescription().setVal(description(bulletin));
    }

    /** What screen readers announce before they read the table. */
    static String description(Bulletin bulletin) {
        int count = bulletin.entries().size();
        return (count == 1 ? "1 entry" : count + " entries") + ", one a row. The " + bulletin.informationHeading()
                + " column gives each entry's topic, source, date published and summary; the "
                + bulletin.linkHeading() + " column gives links to read more.";
    }

    private void headerRow(CTRow row) {
        CTTrPr properties = row.addNewTrPr();
        properties.addNewCantSplit();
        // Word and LibreOffice repeat a w:tblHeader row at the top of every page the table runs onto.
        properties.addNewTblHeader();
        headerCell(cell(row, informationWidth), bulletin.informationHeading());
        headerCell(cell(row, linkWidth), bulletin.linkHeading());
    }

    private void headerCell(CTTc cell, String heading) {
        CTShd shading = cell.getTcPr().addNewShd();
        shading.setVal(STShd.CLEAR);
        shading.setColor("auto");
        shading.setFill(options.headerBackground().hex());
        plain(styled(cell.addNewP(), StyleSheet.TABLE_HEADING), heading);
    }

    /** A row without a fixed height, that may break across pages, so that long entries flow on. */
    private void entryRow(CTRow row, Entry entry) {
        CTTc information = cell(row, informationWidth);
        plain(styled(information.addNewP(), StyleSheet.TOPIC), entry.topic());
        plain(styled(information.addNewP(), StyleSheet.DETAILS), DocumentText.sourceLine(entry));
        plain(styled(information.addNewP(), StyleSheet.DETAILS), DocumentText.publishedLine(entry, bulletin));
        for (RichText paragraph : entry.summary()) {
            text.rich(styled(information.addNewP(), StyleSheet.SUMMARY), paragraph);
        }
        CTTc links = cell(row, linkWidth);
        if (entry.links().isEmpty()) {
            // A cell must hold at least one paragraph.
            styled(links.addNewP(), StyleSheet.LINK);
        }
        for (Link link : entry.links()) {
            CTP paragraph = styled(links.addNewP(), StyleSheet.LINK);
            if (!link.prefix().isEmpty()) {
                // A style of its own marks where the prefix ends, which the text alone does not when there is no URL.
                TextWriter.styledRun(paragraph, StyleSheet.LINK_PREFIX, link.prefix() + " ");
            }
            if (link.hasUrl()) {
                text.link(paragraph, link.text(), link.url());
            } else {
                text.rich(paragraph, link.text());
            }
        }
    }

    private static CTTc cell(CTRow row, BigInteger width) {
        CTTc cell = row.addNewTc();
        width(cell.addNewTcPr().addNewTcW(), width);
        return cell;
    }

    private static void width(CTTblWidth width, BigInteger twips) {
        width.setW(twips);
        width.setType(STTblWidth.DXA);
    }
}
