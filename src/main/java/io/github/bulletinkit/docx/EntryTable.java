package io.github.bulletinkit.docx;

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
import java.util.List;

/**
 * The two-column table: its properties and grid (which the schema requires, and LibreOffice needs for the
 * columns' widths), a header row that repeats on every page, then one row per entry, written as it comes. The
 * elements of each properties element go in the order the schema gives them. Belongs to one render.
 */
final class EntryTable {

    private static final long BORDER_EIGHTHS_OF_A_POINT = Math.round(Styles.RULE_WIDTH * 8);
    private static final String[] BORDERS = {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"};

    private final LayoutPlan plan;
    private final WordStream xml;
    private final TextWriter text;
    private final Pictures pictures;
    private final long informationWidth;
    private final long linkWidth;
    // Found once: a language tag is parsed to find it, and every row compares its entry's with it.
    private final Direction documentDirection;
    /** The style of the topics' paragraphs that must not keep with the next, or null when they may. */
    private final String keptApart;

    /**
     * @param total the width between the page's margins, in twips, which the table fills
     * @param keptApart the topics' style, when a Word template's headings keep with the next paragraph, else null
     */
    EntryTable(LayoutPlan plan, WordStream xml, TextWriter text, Pictures pictures, long total, String keptApart) {
        this.plan = plan;
        this.xml = xml;
        this.text = text;
        this.pictures = pictures;
        this.keptApart = keptApart;
        this.informationWidth = Math.round(total * (double) plan.informationShare());
        this.linkWidth = total - informationWidth;
        this.documentDirection = Direction.of(plan.document().language());
    }

    /**
     * Starts the table: its properties, with the caption and the summary that describe it to a screen reader,
     * its grid and its header row.
     */
    void start(List<Block> headings, String caption, String summary) {
        xml.start("w:tbl");
        properties(caption, summary);
        xml.start("w:tblGrid");
        xml.empty("w:gridCol").attribute("w:w", informationWidth);
        xml.empty("w:gridCol").attribute("w:w", linkWidth);
        xml.end();
        headerRow(headings);
    }

    /** Ends the table, after its last row. */
    void end() {
        xml.end();
    }

    private void properties(String caption, String summary) {
        xml.start("w:tblPr");
        if (plan.document().rightToLeft()) {
            // Word lays the columns out from the right: Information on the right, as Arabic readers begin.
            xml.empty("w:bidiVisual");
        }
        width("w:tblW", informationWidth + linkWidth);
        xml.start("w:tblBorders");
        for (String border : BORDERS) {
            xml.empty(border).attribute("w:val", "single").attribute("w:sz", BORDER_EIGHTHS_OF_A_POINT)
                    .attribute("w:space", "0").attribute("w:color", plan.ruleColour().hex());
        }
        xml.end();
        // Fixed: the columns keep the widths of the grid whatever their text, in Word and LibreOffice alike.
        xml.empty("w:tblLayout").attribute("w:type", "fixed");
        Padding padding = plan.styles().cellPadding();
        xml.start("w:tblCellMar");
        width("w:top", Twips.of(padding.top()));
        width("w:left", Twips.of(padding.sides()));
        width("w:bottom", Twips.of(padding.bottom()));
        width("w:right", Twips.of(padding.sides()));
        xml.end();
        xml.value("w:tblCaption", caption).value("w:tblDescription", summary);
        xml.end();
    }

    private void headerRow(List<Block> headings) {
        xml.start("w:tr");
        // Word and LibreOffice repeat a w:tblHeader row at the top of every page the table runs onto.
        xml.start("w:trPr").empty("w:cantSplit").empty("w:tblHeader").end();
        headerCell(informationWidth, headings.get(0));
        headerCell(linkWidth, headings.get(1));
        xml.end();
    }

    private void headerCell(long width, Block heading) {
        xml.start("w:tc").start("w:tcPr");
        width("w:tcW", width);
        xml.empty("w:shd").attribute("w:val", "clear").attribute("w:color", "auto")
                .attribute("w:fill", plan.headerFill().hex());
        Padding padding = plan.styles().headerPadding();
        xml.start("w:tcMar");
        width("w:top", Twips.of(padding.top()));
        width("w:bottom", Twips.of(padding.bottom()));
        xml.end().end();
        TextWriter.styled(xml, StyleSheet.of(heading.role()));
        text.block(xml, heading);
        xml.end().end();
    }

    /** Writes the row of an entry: no fixed height, and it may break across pages, so that long entries flow on. */
    void row(Row entry) {
        xml.start("w:tr");
        startCell(informationWidth);
        // An entry in a language of the other direction than the document's runs its own way in its cells.
        Boolean bidi = entry.direction() == documentDirection ? null
                : entry.direction() == Direction.RIGHT_TO_LEFT;
        for (Block block : entry.information()) {
            String style = block.role() == Role.TOPIC ? StyleSheet.heading(entry.level()) : StyleSheet.of(block.role());
            paragraph(style, bidi);
            text.block(xml, block);
            xml.end();
        }
        xml.end();
        startCell(linkWidth);
        if (entry.links().isEmpty()) {
            // A cell must hold at least one paragraph.
            TextWriter.styled(xml, StyleSheet.LINK);
            xml.end();
        }
        CellVisitor parts = new CellVisitor() {
            @Override
            public void paragraph(Block link) {
                EntryTable.this.paragraph(StyleSheet.of(link.role()), bidi);
                text.block(xml, link);
                xml.end();
            }

            @Override
            public void address(AddressBlock address) {
                TextWriter.styled(xml, StyleSheet.ADDRESS);
                TextWriter.plain(xml, address.address().text());
                xml.end();
            }

            @Override
            public void qrCode(QrBlock code) {
                code(code);
            }
        };
        entry.links().forEach(part -> part.accept(parts));
        xml.end().end();
    }

    /**
     * Opens a paragraph of a cell: right to left when {@code bidi} is true, left to right when false, as the
     * paragraph's style says when null.
     */
    private void paragraph(String style, Boolean bidi) {
        xml.start("w:p").start("w:pPr").value("w:pStyle", style);
        if (style.equals(keptApart)) {
            xml.value("w:keepNext", "off");
        }
        if (Boolean.TRUE.equals(bidi)) {
            xml.empty("w:bidi");
        } else if (Boolean.FALSE.equals(bidi)) {
            xml.value("w:bidi", "off");
        }
        xml.end();
    }

    /** A code in a paragraph of its own, its line as tall as the picture, the space between links below. */
    private void code(QrBlock code) {
        xml.start("w:p").start("w:pPr").value("w:pStyle", StyleSheet.ADDRESS);
        xml.empty("w:spacing").attribute("w:before", "0").attribute("w:after", Twips.of(code.spaceAfter()))
                .attribute("w:line", "240").attribute("w:lineRule", "auto");
        xml.end();
        pictures.code(xml, code.code());
        xml.end();
    }

    private void startCell(long width) {
        xml.start("w:tc").start("w:tcPr");
        width("w:tcW", width);
        xml.end();
    }

    private void width(String name, long twips) {
        xml.empty(name).attribute("w:w", twips).attribute("w:type", "dxa");
    }
}
