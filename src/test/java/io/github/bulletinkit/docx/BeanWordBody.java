package io.github.bulletinkit.docx;

import static io.github.bulletinkit.docx.BeanTextWriter.styled;

import io.github.bulletinkit.layout.Block;
import io.github.bulletinkit.layout.Contents;
import io.github.bulletinkit.layout.DocumentInfo;
import io.github.bulletinkit.layout.LayoutPlan;
import io.github.bulletinkit.layout.PlanVisitor;
import io.github.bulletinkit.layout.Row;
import io.github.bulletinkit.layout.SectionHeading;
import io.github.bulletinkit.model.Label;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;

/**
 * The DOCX writer as it was before the body was streamed: the plan's parts written into POI's XML beans, kept in
 * the tests so that {@link DocxStreamedPartsTest} can compare every part of the two writers' packages.
 */
final class BeanWordBody implements PlanVisitor {

    private final LayoutPlan plan;
    private final XWPFDocument document;
    private final StyleSheet styleSheet;
    private final DocumentShape shape;
    private final CTBody body;
    private final BeanTextWriter text;
    private final Map<Label, String> labels;
    /** The organisation's Word template; null without one. */
    private final Letterhead letterhead;
    private final WordPage page;
    private BeanEntryTable table;
    /** The heading of the section whose table comes next; null in a bulletin without sections. */
    private SectionHeading section;
    /** Whether the last thing written into the body is a table. */
    private boolean afterTable;

    /**
     * @param labels the labels the bulletin overrides, kept in the document's properties
     * @param letterhead the Word template's letterhead, or null for none
     */
    BeanWordBody(LayoutPlan plan, XWPFDocument document, StyleSheet styleSheet, Map<Label, String> labels,
            Letterhead letterhead, WordPage page) {
        this.plan = plan;
        this.letterhead = letterhead;
        this.page = page;
        this.labels = labels;
        this.document = document;
        this.styleSheet = styleSheet;
        this.shape = DocumentShape.of(plan);
        this.body = document.getDocument().getBody();
        this.text = new BeanTextWriter(new BeanHyperlinks(document.getPackagePart()),
                new ScriptFonts(plan.options().theme()));
    }

    @Override
    public void document(DocumentInfo info) {
        BeanStyles.install(document, styleSheet, letterhead, info.language(), shape);
        DocumentProperties.write(document, info);
    }

    @Override
    public void logo(LayoutPlan.Picture logo) {
        try {
            BeanLogoPicture.add(document, logo, plan.styles().belowLogo());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // unwrapped by DocxRenderer
        }
    }

    @Override
    public void heading(Block line) {
        text.block(spaced(line), line);
    }

    /**
     * A new paragraph in its role's style; the last one before the table keeps the plan's space below, its own
     * rather than its style's, which is for a next line.
     */
    private CTP spaced(Block block) {
        CTP paragraph = styled(body.addNewP(), StyleSheet.of(block.role()));
        if (block.style().spaceAfter() != plan.styles().of(block.role()).spaceAfter()) {
            paragraph.getPPr().addNewSpacing().setAfter(Twips.big(block.style().spaceAfter()));
        }
        return paragraph;
    }

    @Override
    public void paragraph(Block paragraph) {
        CTP written = spaced(paragraph);
        if (afterTable) {
            // The closing's first paragraph stands off the table as the table does from the heading lines.
            CTPPr properties = written.getPPr();
            (properties.isSetSpacing() ? properties.getSpacing() : properties.addNewSpacing())
                    .setBefore(Twips.big(plan.styles().belowHeading()));
        }
        text.block(written, paragraph);
        afterTable = false;
    }

    @Override
    public void contents(Contents contents) {
        text.block(styled(body.addNewP(), StyleSheet.of(contents.heading().role())), contents.heading());
        for (Contents.Item item : contents.items()) {
            // A link to the section's bookmark and no page number: Word would have to be asked to update a TOC
            // field's numbers on opening, and a list without them is as true on paper as on a screen.
            text.internalLink(styled(body.addNewP(), StyleSheet.of(item.text().role())), item.text(), item.anchor());
        }
    }

    @Override
    public void section(SectionHeading heading) {
        section = heading;
        CTP paragraph = styled(body.addNewP(), StyleSheet.of(heading.heading().role()));
        // The bookmark that the contents list links to, named as the other formats name the section's anchor.
        BigInteger id = BigInteger.valueOf(heading.index());
        CTBookmark start = paragraph.addNewBookmarkStart();
        start.setId(id);
        start.setName(heading.anchor());
        text.block(paragraph, heading.heading());
        paragraph.addNewBookmarkEnd().setId(id);
        afterTable = false;
    }

    @Override
    public void startTable(List<Block> columnHeadings, String summary) {
        table = new BeanEntryTable(plan, text, new BeanQrPicture(document), page.contentWidth());
        // A section's table is known by the section's heading; the one table of a bulletin by its title.
        String caption = section == null ? plan.document().title() : section.heading().text();
        table.start(body, columnHeadings, caption, summary);
    }

    @Override
    public void row(Row row) {
        table.row(row);
    }

    @Override
    public void endTable() {
        afterTable = true;
    }

    @Override
    public void footer(List<String> words) {
        if (afterTable) {
            endParagraph(body.addNewP());
        }
        if (letterhead != null) {
            letRowsBreak(body, StyleSheet.heading(shape.topicLevel()));
        }
        try {
            new BeanPageSetup(plan, words, text, page, letterhead).write(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // unwrapped by DocxRenderer
        }
        new BulletinProperties(labels, text.languages()).write(document);
    }

    /** As {@code Letterhead.letRowsBreak} did: the topics' paragraphs, in the cells, do not keep with the next. */
    private static void letRowsBreak(CTBody body, String topicStyle) {
        for (CTTbl table : body.getTblList()) {
            for (CTRow row : table.getTrList()) {
                for (CTTc cell : row.getTcList()) {
                    for (CTP paragraph : cell.getPList()) {
                        CTPPr properties = paragraph.getPPr();
                        if (properties != null && properties.isSetPStyle()
                                && properties.getPStyle().getVal().equals(topicStyle)) {
                            properties.addNewKeepNext().setVal(STOnOff1.OFF);
                        }
                    }
                }
            }
        }
    }

    /**
     * Word ends every document with a paragraph, and adds one after a final table when there is none; this
     * one is as small as can be, so that it never spills onto a page of its own. Between tables, and before a
     * closing, the paragraphs that follow a table are enough.
     */
    private static void endParagraph(CTP paragraph) {
        CTPPr properties = paragraph.addNewPPr();
        CTSpacing spacing = properties.addNewSpacing();
        spacing.setBefore(BigInteger.ZERO);
        spacing.setAfter(BigInteger.ZERO);
        spacing.setLine(BigInteger.valueOf(240));
        properties.addNewRPr().addNewSz().setVal(BigInteger.TWO);
    }
}
