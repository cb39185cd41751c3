package io.github.bulletinkit.docx;

import static io.github.bulletinkit.docx.TextWriter.styled;

import io.github.bulletinkit.layout.Block;
import io.github.bulletinkit.layout.Contents;
import io.github.bulletinkit.layout.DocumentInfo;
import io.github.bulletinkit.layout.LayoutPlan;
import io.github.bulletinkit.layout.PlanVisitor;
import io.github.bulletinkit.layout.Row;
import io.github.bulletinkit.layout.SectionHeading;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;

/** Writes the plan's parts into a Word document as they come: its properties, the heading, the table, the page. */
final class WordBody implements PlanVisitor {

    private final LayoutPlan plan;
    private final XWPFDocument document;
    private final StyleSheet styleSheet;
    private final CTBody body;
    private final TextWriter text;
    private EntryTable table;

    WordBody(LayoutPlan plan, XWPFDocument document, StyleSheet styleSheet) {
        this.plan = plan;
        this.document = document;
        this.styleSheet = styleSheet;
        this.body = document.getDocument().getBody();
        this.text = new TextWriter(new Hyperlinks(document.getPackagePart()));
    }

    @Override
    public void document(DocumentInfo info) {
        styleSheet.install(document, info.language());
        DocumentProperties.write(document, info);
    }

    @Override
    public void logo(LayoutPlan.Picture logo) {
        try {
            LogoPicture.add(document, logo, plan.styles().belowLogo());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // unwrapped by DocxRenderer
        }
    }

    @Override
    public void heading(Block line) {
        CTP paragraph = styled(body.addNewP(), StyleSheet.of(line.role()));
        // The last line's space below, before the table, is its own: its style's is for a next line.
        if (line.style().spaceAfter() != plan.styles().of(line.role()).spaceAfter()) {
            paragraph.getPPr().addNewSpacing().setAfter(Twips.big(line.style().spaceAfter()));
        }
        text.block(paragraph, line);
    }

    @Override
    public void paragraph(Block paragraph) {
        throw new UnsupportedOperationException("TODO sections");
    }

    @Override
    public void contents(Contents contents) {
        throw new UnsupportedOperationException("TODO sections");
    }

    @Override
    public void section(SectionHeading section) {
        throw new UnsupportedOperationException("TODO sections");
    }

    @Override
    public void startTable(List<Block> columnHeadings, String summary) {
        table = new EntryTable(plan, text, new QrPicture(document));
        table.start(body, columnHeadings, summary);
    }

    @Override
    public void row(Row row) {
        table.row(row);
    }

    @Override
    public void endTable() {
        closingParagraph(body.addNewP());
    }

    @Override
    public void footer(List<String> words) {
        new PageSetup(plan, words).write(document);
    }

    /**
     * Word ends every document with a paragraph, and adds one after a final table when there is none; this
     * one is as small as can be, so that it never spills onto a page of its own.
     */
    private static void closingParagraph(CTP paragraph) {
        CTPPr properties = paragraph.addNewPPr();
        CTSpacing spacing = properties.addNewSpacing();
        spacing.setBefore(BigInteger.ZERO);
        spacing.setAfter(BigInteger.ZERO);
        spacing.setLine(BigInteger.valueOf(240));
        properties.addNewRPr().addNewSz().setVal(BigInteger.TWO);
    }
}
