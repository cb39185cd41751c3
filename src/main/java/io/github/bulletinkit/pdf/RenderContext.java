package io.github.bulletinkit.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfBoolean;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import io.github.bulletinkit.format.RenderOptions;
import io.github.bulletinkit.layout.Block;
import io.github.bulletinkit.layout.Contents;
import io.github.bulletinkit.layout.Direction;
import io.github.bulletinkit.layout.DocumentInfo;
import io.github.bulletinkit.layout.LayoutPlan;
import io.github.bulletinkit.layout.PlanVisitor;
import io.github.bulletinkit.layout.Row;
import io.github.bulletinkit.layout.SectionHeading;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.InvalidBulletinException;
import io.github.bulletinkit.model.Problem;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

/**
 * Everything one render needs, made for that render alone: its OpenPDF document and writer, its fonts,
 * its page footer. A {@link PdfRenderer} makes a new one for every call, so calls share nothing but the
 * parsed font faces, which are only read.
 */
final class RenderContext {

    private final LayoutPlan plan;
    private final DocumentInfo info;
    private final RenderOptions options;
    private final boolean archival;
    private final DocumentDigest digest;
    private final Typesetter type;

    /** @throws InvalidBulletinException when the font lacks characters of the bulletin */
    RenderContext(Bulletin bulletin, RenderOptions options, EmbeddedFamily family, List<EmbeddedFamily> fallbacks,
            byte[] theme, boolean archival) {
        this.plan = LayoutPlan.of(bulletin, options);
        this.info = plan.document();
        this.options = options;
        this.archival = archival;
        PdfFonts fonts = new PdfFonts(family, fallbacks);
        DocumentDigest.PlanDigest digesting = DocumentDigest.of(options, theme, archival);
        GlyphCheck check = new GlyphCheck(plan, fonts);
        // One walk for both: the plan makes its rows anew for each.
        plan.accept(new BothVisitors(digesting, check));
        this.digest = digesting.finish();
        List<Problem> problems = check.problems();
        if (!problems.isEmpty()) {
            throw new InvalidBulletinException(problems);
        }
        float flowWidth = options.pageSize().width(options.orientation()) - options.margins().left()
                - options.margins().right();
        this.type = new Typesetter(fonts, plan.linkColour(),
                info.rightToLeft() ? Direction.RIGHT_TO_LEFT : Direction.LEFT_TO_RIGHT, flowWidth);
    }

    void write(OutputStream destination) throws IOException {
        try (SubsetTag.Writing tags = SubsetTag.writing(digest)) {
            writeDocument(destination);
        }
    }

    private void writeDocument(OutputStream destination) throws IOException {
        // OpenPDF writes object by object; a buffer spares an unbuffered stream thousands of small writes.
        BufferedOutputStream out = new BufferedOutputStream(destination, 1 << 16);
        Rectangle page = new Rectangle(options.pageSize().width(options.orientation()),
                options.pageSize().height(options.orientation()));
        Document document = new Document(page, options.margins().left(), options.margins().right(),
                options.margins().top(), options.margins().bottom());
        CompletingWriter writer = CompletingWriter.of(document, out);
        writer.setCloseStream(false);
        // PDF/UA-1 and PDF/A-2 are both built on PDF 1.7.
        writer.setPdfVersion(PdfWriter.VERSION_1_7);
        // Screen readers and keyboards visit a page's links in the order of the structure tree.
        writer.setTabs(PdfName.S);
        writer.setPageEvent(new PageFooter(plan, type));
        writer.addViewerPreference(PdfName.DISPLAYDOCTITLE, PdfBoolean.PDFTRUE);
        plan.accept(new Pages(document, writer));
        UniversalAccess.addMetadata(writer, archival);
        document.close();
        out.flush();
    }

    /**
     * Lays the plan's parts out on the pages as they come: the metadata and structure tree first, then the logo
     * as a {@code Figure}, the heading lines as {@code H1} and {@code P}, the introduction, the contents list,
     * then each section's heading ({@code H2}) and table, row by row, and the closing.
     */
    private final class Pages implements PlanVisitor {
        private final Document document;
        private final CompletingWriter writer;
        private Structure structure;
        // The text outside the tables, laid out when a table starts, or at the end: a part too long for one page
        // goes on.
        private TextFlow flow;
        private Bookmarks bookmarks;
        // Null unless the bulletin has a contents list.
        private ContentsList contents;
        // The heading of the section whose table comes next; null in a bulletin without sections.
        private SectionStart section;
        private TaggedTable table;
        private boolean afterTable;

        Pages(Document document, CompletingWriter writer) {
            this.document = document;
            this.writer = writer;
        }

        @Override
        public void document(DocumentInfo info) {
            document.addTitle(info.title());
            if (!info.publisher().isEmpty()) {
                document.addAuthor(info.publisher());
            }
            document.addSubject(info.subject());
            document.addCreator(info.creator());
            document.open();
            fixInformation(writer, info);
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(info.language()));
            if (archival) {
                try {
                    PdfA2b.addOutputIntent(writer);
                } catch (IOException e) {
                    // The profile ships in the jar; should the stream fail meanwhile, PdfRenderer says so.
                    throw new IllegalStateException("the sRGB colour profile cannot be read", e);
                }
            }
            Structure tree = new Structure(writer);
            type.drawOn(writer);
            structure = tree;
            writer.setPageEvent(new PdfPageEventHelper() {
                @Override
                public void onGenericTag(PdfWriter w, Document d, Rectangle where, String tag) {
                    ShapedLine line = type.line(tag);
                    if (line == null) {
                        tree.chunk(tag, where);
                    } else {
                        tree.line(line, where);
                    }
                }

                @Override
                public void onCloseDocument(PdfWriter w, Document d) {
                    tree.close();
                }
            });
            flow = new TextFlow(document, writer, tree, document.top());
            bookmarks = new Bookmarks(writer);
        }

        @Override
        public void logo(LayoutPlan.Picture picture) {
            PdfContentByte page = writer.getDirectContent();
            StructElement figure = structure.element(structure.document(), PdfName.FIGURE);
            figure.put(PdfName.ALT, new PdfString(picture.logo().description(), PdfObject.TEXT_UNICODE));
            structure.open(page, figure);
            float y = flow.drain() - picture.height();
            try {
                page.addImage(LogoImage.of(picture), picture.width(), 0, 0, picture.height(), document.left(), y);
            } catch (IOException e) {
                // Its bytes were read as an image when the theme was made; should the stream fail meanwhile,
                // PdfRenderer says so.
                throw new IllegalStateException("the logo cannot be read as an image", e);
            }
            page.endMarkedContentSequence();
            flow.moveTo(y - plan.styles().belowLogo());
        }

        @Override
        public void heading(Block line) {
            flow.add(type.paragraph(line, true, tags(line)));
        }

        @Override
        public void paragraph(Block paragraph) {
            if (afterTable) {
                // The closing: as far below the last table as the table is below the heading lines.
                flow.space(plan.styles().belowHeading());
                afterTable = false;
            }
            flow.add(type.paragraph(paragraph, false, tags(paragraph)));
        }

        @Override
        public void contents(Contents list) {
            contents = new ContentsList(flow, structure, type, writer, document);
            contents.draw(list);
            flow.space(plan.styles().belowHeading());
        }

        @Override
        public void section(SectionHeading heading) {
            Block block = heading.heading();
            flow.space(block.style().spaceBefore());
            float height = flow.height(type.paragraph(block, false, null));
            section = new SectionStart(heading, type.paragraph(block, false, tags(block)), height, flow, writer,
                    document, bookmarks, contents);
        }

        private List<String> tags(Block block) {
            return structure.block(structure.document(), block, Structure.role(block.role()));
        }

        @Override
        public void startTable(List<Block> columnHeadings, String summary) {
            float y = flow.drain();
            TableCells cells = new TableCells(type, plan, writer.getDirectContent());
            table = new TaggedTable(document, writer, structure, cells, plan, columnHeadings, y, section);
            section = null;
            afterTable = false;
        }

        @Override
        public void row(Row row) {
            table.add(row, new RowBookmark(bookmarks, row.topic()));
        }

        @Override
        public void endTable() {
            table.finish();
            flow.moveTo(table.y());
            afterTable = true;
        }

        @Override
        public void footer(List<String> words) {
            // Last: the closing waits in the flow.
            flow.drain();
            structure.annotateLinks();
            bookmarks.finish();
            // PageFooter draws the footer on every page as the page ends: the writer calls it.
        }
    }

    /** Replaces what OpenPDF takes from the clock and from chance with what the input determines. */
    private void fixInformation(PdfWriter writer, DocumentInfo info) {
        Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        created.setTimeInMillis(info.created().toEpochMilli());
        writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(created));
        writer.getInfo().put(PdfName.MODDATE, new PdfDate(created));
        // PdfWriter.close() takes the trailer's /ID from here when present, instead of random bytes.
        byte[] id = digest.fileId();
        writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
    }
}
