package io.github.bulletinkit.docx;

import io.github.bulletinkit.layout.Block;
import io.github.bulletinkit.layout.Contents;
import io.github.bulletinkit.layout.DocumentInfo;
import io.github.bulletinkit.layout.LayoutPlan;
import io.github.bulletinkit.layout.PlanVisitor;
import io.github.bulletinkit.layout.Row;
import io.github.bulletinkit.layout.SectionHeading;
import java.io.OutputStream;
import java.util.List;

/**
 * Streams the plan's parts into the main document part ({@code word/document.xml}) as they come: the logo, the
 * heading, the introduction, the contents list, each section's heading and table, row by row, the closing, and
 * last the section's properties that {@link WordParts} made with the parts they refer to.
 */
final class WordBody implements PlanVisitor {

    private final LayoutPlan plan;
    private final OutputStream out;
    private final TextWriter text;
    private final WordParts parts;
    private final WordPage page;
    /**
     * The topics' style when a Word template's, else null. A template's heading styles keep with the next
     * paragraph, as Word's own do, and in a table cell that keeps the whole row with the next: rows would then
     * never break, and a page could be left empty under the title. The topics' paragraphs are told not to.
     */
    private final String keptApart;
    private WordStream xml;
    private EntryTable table;
    /** The heading of the section whose table comes next; null in a bulletin without sections. */
    private SectionHeading section;
    /** Whether the last thing written into the body is a table. */
    private boolean afterTable;

    /** @param letterhead the Word template's letterhead, or null for none */
    WordBody(LayoutPlan plan, OutputStream out, TextWriter text, WordParts parts, Letterhead letterhead,
            WordPage page) {
        this.plan = plan;
        this.out = out;
        this.text = text;
        this.parts = parts;
        this.page = page;
        this.keptApart = letterhead == null ? null : StyleSheet.heading(DocumentShape.of(plan).topicLevel());
    }

    @Override
    public void document(DocumentInfo info) {
        xml = WordStream.start(out, "w:document", parts.pictures().any());
        xml.start("w:body");
    }

    @Override
    public void logo(LayoutPlan.Picture logo) {
        xml.start("w:p").start("w:pPr").empty("w:spacing").attribute("w:after", Twips.of(plan.styles().belowLogo()))
                .end();
        parts.pictures().logo(xml, logo);
        xml.end();
    }

    @Override
    public void heading(Block line) {
        spaced(line, false);
        text.block(xml, line);
        xml.end();
    }

    @Override
    public void paragraph(Block paragraph) {
        // The closing's first paragraph stands off the table as the table does from the heading lines.
        spaced(paragraph, afterTable);
        text.block(xml, paragraph);
        xml.end();
        afterTable = false;
    }

    /**
     * Opens a paragraph in its role's style; the last one before the table keeps the plan's space below, its own
     * rather than its style's, which is for a next line.
     */
    private void spaced(Block block, boolean afterTable) {
        xml.start("w:p").start("w:pPr").value("w:pStyle", StyleSheet.of(block.role()));
        boolean after = block.style().spaceAfter() != plan.styles().of(block.role()).spaceAfter();
        if (after || afterTable) {
            xml.empty("w:spacing");
            if (afterTable) {
                xml.attribute("w:before", Twips.of(plan.styles().belowHeading()));
            }
            if (after) {
                xml.attribute("w:after", Twips.of(block.style().spaceAfter()));
            }
        }
        xml.end();
    }

    @Override
    public void contents(Contents contents) {
        TextWriter.styled(xml, StyleSheet.of(contents.heading().role()));
        text.block(xml, contents.heading());
        xml.end();
        for (Contents.Item item : contents.items()) {
            // A link to the section's bookmark and no page number: Word would have to be asked to update a TOC
            // field's numbers on opening, and a list without them is as true on paper as on a screen.
            TextWriter.styled(xml, StyleSheet.of(item.text().role()));
            text.internalLink(xml, item.text(), item.anchor());
            xml.end();
        }
    }

    @Override
    public void section(SectionHeading heading) {
        section = heading;
        TextWriter.styled(xml, StyleSheet.of(heading.heading().role()));
        // The bookmark that the contents list links to, named as the other formats name the section's anchor.
        xml.empty("w:bookmarkStart").attribute("w:id", heading.index()).attribute("w:name", heading.anchor());
        text.block(xml, heading.heading());
        xml.empty("w:bookmarkEnd").attribute("w:id", heading.index());
        xml.end();
        afterTable = false;
    }

    @Override
    public void startTable(List<Block> columnHeadings, String summary) {
        table = new EntryTable(plan, xml, text, parts.pictures(), page.contentWidth(), keptApart);
        // A section's table is known by the section's heading; the one table of a bulletin by its title.
        String caption = section == null ? plan.document().title() : section.heading().text();
        table.start(columnHeadings, caption, summary);
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
        if (afterTable) {
            endParagraph();
        }
        parts.section(xml);
        xml.finish();
    }

    /**
     * Word ends every document with a paragraph, and adds one after a final table when there is none; this
     * one is as small as can be, so that it never spills onto a page of its own. Between tables, and before a
     * closing, the paragraphs that follow a table are enough.
     */
    private void endParagraph() {
        xml.start("w:p").start("w:pPr");
        xml.empty("w:spacing").attribute("w:before", "0").attribute("w:after", "0").attribute("w:line", "240");
        xml.start("w:rPr").value("w:sz", "2").end();
        xml.end().end();
    }
}
