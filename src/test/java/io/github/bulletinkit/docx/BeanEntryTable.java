package io.github.bulletinkit.docx;

import static io.github.bulletinkit.docx.BeanTextWriter.styled;

import io.github.bulletinkit.layout.AddressBlock;
import io.github.bulletinkit.layout.Block;
import io.github.bulletinkit.layout.CellVisitor;
import io.github.bulletinkit.layout.Direction;
import io.github.bulletinkit.layout.LayoutPlan;
import io.github.bulletinkit.layout.Padding;
import io.github.bulletinkit.layout.QrBlock;
import io.github.bulletinkit.layout.Role;
import io.github.bulletinkit.layout.Row;
import io.github.bulletinkit.layout.Styles;
import java.math.BigInteger;
import java.util.List;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblCellMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/** The bean-based writer's table, as {@code EntryTable} wrote it before the body was streamed. */
final class BeanEntryTable {

    private static final BigInteger BORDER_EIGHTHS_OF_A_POINT = BigInteger.valueOf(Math.round(Styles.RULE_WIDTH * 8));

    private final LayoutPlan plan;
    private final BeanTextWriter text;
    private final BeanQrPicture codes;
    private final BigInteger informationWidth;
    private final BigInteger linkWidth;
    private CTTbl table;

    /** @param total the width between the page's margins, in twips, which the table fills */
    BeanEntryTable(LayoutPlan plan, BeanTextWriter text, BeanQrPicture codes, long total) {
        this.plan = plan;
        this.text = text;
        this.codes = codes;
        long information = Math.round(total * (double) plan.informationShare());
        this.informationWidth = BigInteger.valueOf(information);
        this.linkWidth = BigInteger.valueOf(total - information);
    }

    /**
     * Starts the table in {@code body}: its properties, with the caption and the summary that describe it to a
     * screen reader, its grid and its header row.
     */
    void start(CTBody body, List<Block> headings, String caption, String summary) {
        table = body.addNewTbl();
        properties(table.addNewTblPr(), caption, summary);
        CTTblGrid grid = table.addNewTblGrid();
        grid.addNewGridCol().setW(informationWidth);
        grid.addNewGridCol().setW(linkWidth);
        headerRow(table.addNewTr(), headings);
    }

    /** Adds the row of an entry. */
    void row(Row row) {
        entryRow(table.addNewTr(), row);
    }

    private void properties(CTTblPr properties, String caption, String summary) {
        width(properties.addNewTblW(), informationWidth.add(linkWidth));
        CTTblBorders borders = properties.addNewTblBorders();
        for (CTBorder border : new CTBorder[] {borders.addNewTop(), borders.addNewLeft(), borders.addNewBottom(),
                borders.addNewRight(), borders.addNewInsideH(), borders.addNewInsideV()}) {
            border.setVal(STBorder.SINGLE);
            border.setSz(BORDER_EIGHTHS_OF_A_POINT);
            border.setSpace(BigInteger.ZERO);
            border.setColor(plan.ruleColour().hex());
        }
        // Fixed: the columns keep the widths of the grid whatever their text, in Word and LibreOffice alike.
        properties.addNewTblLayout().setType(STTblLayoutType.FIXED);
        padding(properties.addNewTblCellMar(), plan.styles().cellPadding());
        if (plan.document().rightToLeft()) {
            // Word lays the columns out from the right: Information on the right, as Arabic readers begin.
            properties.addNewBidiVisual();
        }
        properties.addNewTblCaption().setVal(caption);
        properties.addNewTblDescription().setVal(summary);
    }

    private static void padding(CTTblCellMar margins, Padding padding) {
        width(margins.addNewTop(), Twips.big(padding.top()));
        width(margins.addNewLeft(), Twips.big(padding.sides()));
        width(margins.addNewBottom(), Twips.big(padding.bottom()));
        width(margins.addNewRight(), Twips.big(padding.sides()));
    }

    private void headerRow(CTRow row, List<Block> headings) {
        CTTrPr properties = row.addNewTrPr();
        properties.addNewCantSplit();
        // Word and LibreOffice repeat a w:tblHeader row at the top of every page the table runs onto.
        properties.addNewTblHeader();
        headerCell(cell(row, informationWidth), headings.get(0));
        headerCell(cell(row, linkWidth), headings.get(1));
    }

    private void headerCell(CTTc cell, Block heading) {
        CTShd shading = cell.getTcPr().addNewShd();
        shading.setVal(STShd.CLEAR);
        shading.setColor("auto");
        shading.setFill(plan.headerFill().hex());
        Padding padding = plan.styles().headerPadding();
        CTTcMar margins = cell.getTcPr().addNewTcMar();
        width(margins.addNewTop(), Twips.big(padding.top()));
        width(margins.addNewBottom(), Twips.big(padding.bottom()));
        text.block(styled(cell.addNewP(), StyleSheet.of(heading.role())), heading);
    }

    /** A row without a fixed height, that may break across pages, so that long entries flow on. */
    private void entryRow(CTRow row, Row entry) {
        CTTc information = cell(row, informationWidth);
        // An entry in a language of the other direction than the document's runs its own way in its cells.
        Boolean bidi = entry.direction() == Direction.of(plan.document().language()) ? null
                : entry.direction() == Direction.RIGHT_TO_LEFT;
        for (Block block : entry.information()) {
            String style = block.role() == Role.TOPIC ? StyleSheet.heading(entry.level()) : StyleSheet.of(block.role());
            text.block(directed(styled(information.addNewP(), style), bidi), block);
        }
        CTTc links = cell(row, linkWidth);
        if (entry.links().isEmpty()) {
            // A cell must hold at least one paragraph.
            styled(links.addNewP(), StyleSheet.LINK);
        }
        CellVisitor parts = new CellVisitor() {
            @Override
            public void paragraph(Block link) {
                text.block(directed(styled(links.addNewP(), StyleSheet.of(link.role())), bidi), link);
            }

            @Override
            public void address(AddressBlock address) {
                BeanTextWriter.plain(styled(links.addNewP(), StyleSheet.ADDRESS), address.address().text());
            }

            @Override
            public void qrCode(QrBlock code) {
                code(links.addNewP(), code);
            }
        };
        entry.links().forEach(part -> part.accept(parts));
    }

    /** A code in a paragraph of its own, its line as tall as the picture, the space between links below. */
    private void code(CTP paragraph, QrBlock code) {
        CTSpacing spacing = styled(paragraph, StyleSheet.ADDRESS).getPPr().addNewSpacing();
        spacing.setBefore(BigInteger.ZERO);
        spacing.setAfter(Twips.big(code.spaceAfter()));
        spacing.setLine(BigInteger.valueOf(240));
        spacing.setLineRule(STLineSpacingRule.AUTO);
        codes.add(paragraph, code.code());
    }

    /** Sets a paragraph's direction: right to left when {@code bidi} is true, left to right when false. */
    private static CTP directed(CTP paragraph, Boolean bidi) {
        if (Boolean.TRUE.equals(bidi)) {
            paragraph.getPPr().addNewBidi();
        } else if (Boolean.FALSE.equals(bidi)) {
            paragraph.getPPr().addNewBidi().setVal(STOnOff1.OFF);
        }
        return paragraph;
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
