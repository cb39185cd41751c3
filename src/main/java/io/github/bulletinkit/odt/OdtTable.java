package io.github.bulletinkit.odt;

import static io.github.bulletinkit.odt.OdtStyleNames.encoded;
import static io.github.bulletinkit.odt.OdtStyles.colour;
import static io.github.bulletinkit.odt.OdtStyles.pt;

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
 * The two-column tables: a header row in {@code table:table-header-rows}, which LibreOffice repeats on every
 * page the table runs onto, then a row for each entry that may break across pages; the columns keep the plan's
 * widths. A table's title is its caption, and its description the summary a screen reader announces. Its
 * styles are automatic, the same for every table ({@code Entries}, {@code Entries.A}, ...). Belongs to one
 * render.
 */
final class OdtTable {

    private static final String TABLE = "Entries";
    private static final String INFORMATION = "Entries.A";
    private static final String LINKS = "Entries.B";
    private static final String HEADER_ROW = "Entries.HeaderRow";
    private static final String ROW = "Entries.Row";
    private static final String HEADER_CELL = "Entries.HeaderCell";
    private static final String CELL = "Entries.Cell";

    private final LayoutPlan plan;
    private final OdtStyleNames names;
    private final XmlOut xml;
    private final OdtText text;
    private final AutomaticStyles styles;
    private final Pictures pictures;
    // Found once: a language tag is parsed to find it, and every row compares its entry's with it.
    private final Direction documentDirection;

    OdtTable(LayoutPlan plan, OdtStyleNames names, XmlOut xml, OdtText text, AutomaticStyles styles,
            Pictures pictures) {
        this.plan = plan;
        this.names = names;
        this.xml = xml;
        this.text = text;
        this.styles = styles;
        this.pictures = pictures;
        this.documentDirection = Direction.of(plan.document().language());
    }

    /** Starts the {@code number}th table, from 1, with its header row. */
    void start(int number, List<Block> headings, String summary) {
        xml.start("table:table").attribute("table:name", "Entries " + number).attribute("table:style-name", TABLE);
        String caption = plan.sections().isEmpty() ? plan.document().title()
                : plan.sections().get(number - 1).heading().text();
        xml.start("table:title").text(caption).end();
        xml.start("table:desc").text(summary).end();
        xml.empty("table:table-column").attribute("table:style-name", INFORMATION);
        xml.empty("table:table-column").attribute("table:style-name", LINKS);
        xml.start("table:table-header-rows").start("table:table-row").attribute("table:style-name", HEADER_ROW);
        for (Block heading : headings) {
            xml.start("table:table-cell").attribute("table:style-name", HEADER_CELL)
                    .attribute("office:value-type", "string");
            xml.start("text:p").attribute("text:style-name", encoded(names.paragraph(heading.role())));
            text.block(heading);
            xml.end().end();
        }
        xml.end().end();
    }

    /**
     * An entry's row: its topic as a heading of the row's level, its lines and summary, then its links. An entry
     * whose direction is not the document's runs its own way in its cells, its paragraphs aligned to match.
     */
    void row(Row row) {
        Direction own = row.direction() == documentDirection ? null : row.direction();
        xml.start("table:table-row").attribute("table:style-name", ROW);
        cell();
        for (Block block : row.information()) {
            int level = block.role() == Role.TOPIC ? row.level() : 0;
            String style = style(block.role() == Role.TOPIC ? names.topic() : names.paragraph(block.role()), own);
            if (level > 0) {
                xml.start("text:h").attribute("text:style-name", style).attribute("text:outline-level",
                        Integer.toString(level));
            } else {
                xml.start("text:p").attribute("text:style-name", style);
            }
            text.block(block);
            xml.end();
        }
        xml.end();
        cell();
        if (row.links().isEmpty()) {
            // A cell holds at least one paragraph.
            xml.empty("text:p").attribute("text:style-name", style(names.paragraph(Role.LINK), own));
        }
        CellVisitor parts = new CellVisitor() {
            @Override
            public void paragraph(Block link) {
                xml.start("text:p").attribute("text:style-name", style(names.paragraph(link.role()), own));
                text.block(link);
                xml.end();
            }

            @Override
            public void address(AddressBlock address) {
                // Plain, not a link: an underline would hide an underscore, and the link above is the address.
                xml.start("text:p").attribute("text:style-name", style(names.paragraph(Role.ADDRESS), own));
                OdtText.characters(xml, address.address().text(), true);
                xml.end();
            }

            @Override
            public void qrCode(QrBlock code) {
                String style = styles.paragraph(new AutomaticStyles.ParagraphLook(
                        encoded(names.paragraph(Role.ADDRESS)), pt(0), pt(code.spaceAfter()), own));
                xml.start("text:p").attribute("text:style-name", style);
                float side = code.code().sidePoints();
                pictures.frame(xml, "QR code", pictures.add(code.code()), side, side, code.code().description());
                xml.end();
            }
        };
        row.links().forEach(part -> part.accept(parts));
        xml.end().end();
    }

    /** The named style {@code name}, or where the row runs its {@code own} way (not null), one made from it. */
    private String style(String name, Direction own) {
        return own == null ? encoded(name) : styles.paragraph(new AutomaticStyles.ParagraphLook(encoded(name), null,
                null, own));
    }

    void end() {
        xml.end();
    }

    private void cell() {
        xml.start("table:table-cell").attribute("table:style-name", CELL).attribute("office:value-type", "string");
    }

    /** The tables' automatic styles, into {@code office:automatic-styles}, which is open. */
    void writeStyles(XmlOut out) {
        float width = plan.options().contentWidth();
        float information = width * plan.informationShare();
        out.start("style:style").attribute("style:name", TABLE).attribute("style:family", "table");
        out.empty("style:table-properties").attribute("style:width", pt(width)).attribute("table:align", "margins")
                .attribute("table:border-model", "collapsing").attribute("style:writing-mode",
                        OdtStyles.writingMode(documentDirection));
        out.end();
        column(out, INFORMATION, information);
        column(out, LINKS, width - information);
        out.start("style:style").attribute("style:name", HEADER_ROW).attribute("style:family", "table-row");
        out.empty("style:table-row-properties").attribute("fo:keep-together", "always").end();
        out.start("style:style").attribute("style:name", ROW).attribute("style:family", "table-row");
        out.empty("style:table-row-properties").attribute("fo:keep-together", "auto").end();
        Padding header = plan.styles().headerPadding();
        cellStyle(out, HEADER_CELL, header).attribute("fo:background-color", colour(plan.headerFill()));
        out.end();
        cellStyle(out, CELL, plan.styles().cellPadding());
        out.end();
    }

    private static void column(XmlOut out, String name, float width) {
        out.start("style:style").attribute("style:name", name).attribute("style:family", "table-column");
        out.empty("style:table-column-properties").attribute("style:column-width", pt(width)).end();
    }

    private XmlOut cellStyle(XmlOut out, String name, Padding padding) {
        out.start("style:style").attribute("style:name", name).attribute("style:family", "table-cell");
        return out.empty("style:table-cell-properties")
                .attribute("fo:border", pt(Styles.RULE_WIDTH) + " solid " + colour(plan.ruleColour()))
                .attribute("fo:padding-top", pt(padding.top())).attribute("fo:padding-bottom", pt(padding.bottom()))
                .attribute("fo:padding-left", pt(padding.sides())).attribute("fo:padding-right", pt(padding.sides()));
    }
}
