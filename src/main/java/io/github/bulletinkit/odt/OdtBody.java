package io.github.bulletinkit.odt;

import static io.github.bulletinkit.odt.OdtStyleNames.encoded;
import static io.github.bulletinkit.odt.OdtStyles.pt;

import io.github.bulletinkit.layout.Block;
import io.github.bulletinkit.layout.Contents;
import io.github.bulletinkit.layout.DocumentInfo;
import io.github.bulletinkit.layout.LayoutPlan;
import io.github.bulletinkit.layout.PlanVisitor;
import io.github.bulletinkit.layout.Role;
import io.github.bulletinkit.layout.Row;
import io.github.bulletinkit.layout.SectionHeading;
import java.util.List;

/**
 * Writes the plan's parts into the body of {@code content.xml} as they come: the logo, the heading lines as the
 * title heading and paragraphs, the introduction, the contents list, each section's heading with the bookmark
 * that the list links to, each table, the closing. Then {@link #content()} puts the automatic styles that the
 * body needed before it. Belongs to one render; not thread-safe.
 */
final class OdtBody implements PlanVisitor {

    private final LayoutPlan plan;
    private final OdtStyleNames names;
    private final XmlOut xml = new XmlOut(false);
    private final AutomaticStyles styles = new AutomaticStyles();
    private final OdtText text = new OdtText(xml, styles);
    private final Pictures pictures;
    private final OdtTable table;
    private List<String> footer = List.of("", "", "");
    /** Whether the last thing written is a table. */
    private boolean afterTable;
    private int tables;

    OdtBody(LayoutPlan plan, OdtStyleNames names, Pictures pictures) {
        this.plan = plan;
        this.names = names;
        this.pictures = pictures;
        this.table = new OdtTable(plan, names, xml, text, styles, pictures);
        xml.start("office:body").start("office:text");
    }

    @Override
    public void document(DocumentInfo document) {
        // The document's metadata is meta.xml's, and its language and direction the default style's.
    }

    @Override
    public void logo(LayoutPlan.Picture logo) {
        String path = pictures.add(logo.logo().image(), logo.logo().mediaType());
        xml.start("text:p").attribute("text:style-name", styles.paragraph(new AutomaticStyles.ParagraphLook("Standard",
                pt(0), pt(plan.styles().belowLogo()))));
        pictures.frame(xml, "Logo", path, logo.width(), logo.height(), logo.logo().description());
        xml.end();
    }

    @Override
    public void heading(Block line) {
        paragraph(line, false);
    }

    @Override
    public void paragraph(Block paragraph) {
        paragraph(paragraph, afterTable);
        afterTable = false;
    }

    /**
     * A paragraph in its role's style, or a heading of its outline level; with the plan's space below where the
     * block's differs from its style's, and, after a table, the space above that stands it off the table.
     */
    private void paragraph(Block block, boolean standOff) {
        String named = encoded(names.paragraph(block.role()));
        float below = block.style().spaceAfter();
        boolean spaced = below != plan.styles().of(block.role()).spaceAfter();
        String style = !spaced && !standOff ? named : styles.paragraph(new AutomaticStyles.ParagraphLook(named,
                standOff ? pt(plan.styles().belowHeading()) : null, spaced ? pt(below) : null));
        start(block.role(), style, names.outlineLevel(block.role()));
        text.block(block);
        xml.end();
    }

    /** Starts a {@code text:h} of {@code level}, or a {@code text:p} for level 0. */
    private void start(Role role, String style, int level) {
        if (level > 0) {
            xml.start("text:h").attribute("text:style-name", style).attribute("text:outline-level",
                    Integer.toString(level));
        } else {
            xml.start("text:p").attribute("text:style-name", style);
        }
    }

    @Override
    public void contents(Contents contents) {
        paragraph(contents.heading(), false);
        for (Contents.Item item : contents.items()) {
            // A link to the section's bookmark and no page number, as in the DOCX: true on paper and on screen.
            xml.start("text:p").attribute("text:style-name", encoded(names.paragraph(item.text().role())));
            text.internalLink(item.text(), item.anchor());
            xml.end();
        }
    }

    @Override
    public void section(SectionHeading heading) {
        Block block = heading.heading();
        start(block.role(), encoded(names.paragraph(block.role())), names.outlineLevel(block.role()));
        xml.empty("text:bookmark").attribute("text:name", heading.anchor());
        text.block(block);
        xml.end();
        afterTable = false;
    }

    @Override
    public void startTable(List<Block> columnHeadings, String summary) {
        tables++;
        table.start(tables, columnHeadings, summary);
    }

    @Override
    public void row(Row row) {
        table.row(row);
    }

    @Override
    public void endTable() {
        table.end();
        afterTable = true;
    }

    @Override
    public void footer(List<String> words) {
        this.footer = words;
    }

    /** The footer's words, once the plan is visited. */
    List<String> footerWords() {
        return footer;
    }

    /** The languages that runs were marked with. */
    List<String> languages() {
        return styles.languages();
    }

    /** The whole of {@code content.xml}, once the plan is visited. */
    byte[] content() {
        xml.end().end();
        byte[] body = xml.bytes();
        XmlOut content = new XmlOut(true).root("office:document-content");
        String family = plan.styles().fontFamilies().get(0);
        content.start("office:font-face-decls").empty("style:font-face").attribute("style:name", family)
                .attribute("svg:font-family", "'" + family + "'").end();
        content.start("office:automatic-styles");
        table.writeStyles(content);
        styles.write(content);
        content.end();
        return content.raw(body).bytes();
    }
}
