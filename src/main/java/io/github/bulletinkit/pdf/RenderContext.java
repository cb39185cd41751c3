package io.github.bulletinkit.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
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
import io.github.bulletinkit.layout.DocumentInfo;
import io.github.bulletinkit.layout.LayoutPlan;
import io.github.bulletinkit.layout.Row;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.InvalidBulletinException;
import io.github.bulletinkit.model.Problem;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Optional;
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
    RenderContext(Bulletin bulletin, RenderOptions options, EmbeddedFamily family, byte[] theme, boolean archival) {
        this.plan = LayoutPlan.of(bulletin, options);
        this.info = plan.document();
        this.options = options;
        this.archival = archival;
        this.digest = DocumentDigest.of(plan, theme, archival);
        PdfFonts fonts = new PdfFonts(family);
        List<Problem> problems = GlyphCheck.problems(plan, fonts);
        if (!problems.isEmpty()) {
            throw new InvalidBulletinException(problems);
        }
        this.type = new Typesetter(fonts, plan.linkColour());
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
        describe(document);
        document.open();
        fixInformation(writer);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(info.language()));
        if (archival) {
            PdfA2b.addOutputIntent(writer);
        }
        Structure structure = new Structure(writer);
        writer.setPageEvent(new PdfPageEventHelper() {
            @Override
            public void onGenericTag(PdfWriter w, Document d, Rectangle where, String tag) {
                structure.chunk(tag, where);
            }

            @Override
            public void onCloseDocument(PdfWriter w, Document d) {
                structure.close();
            }
        });
        float y = addHeading(document, writer, structure);
        addTable(document, writer, structure, y);
        UniversalAccess.addMetadata(writer, archival);
        document.close();
        out.flush();
    }

    private void describe(Document document) {
        document.addTitle(info.title());
        if (!info.publisher().isEmpty()) {
            document.addAuthor(info.publisher());
        }
        document.addSubject(info.subject());
        document.addCreator(info.creator());
    }

    /** Replaces what OpenPDF takes from the clock and from chance with what the input determines. */
    private void fixInformation(PdfWriter writer) {
        Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        created.setTimeInMillis(info.created().toEpochMilli());
        writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(created));
        writer.getInfo().put(PdfName.MODDATE, new PdfDate(created));
        // PdfWriter.close() takes the trailer's /ID from here when present, instead of random bytes.
        byte[] id = digest.fileId();
        writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
    }

    /** The logo as a {@code Figure}, the heading lines as {@code H1} and {@code P}; returns the height below. */
    private float addHeading(Document document, PdfWriter writer, Structure structure) throws IOException {
        PdfContentByte page = writer.getDirectContent();
        float y = document.top();
        Optional<LayoutPlan.Picture> logo = plan.logo();
        if (logo.isPresent()) {
            LayoutPlan.Picture picture = logo.get();
            StructElement figure = structure.element(structure.document(), PdfName.FIGURE);
            figure.put(PdfName.ALT, new PdfString(picture.logo().description(), PdfObject.TEXT_UNICODE));
            structure.open(page, figure);
            y -= picture.height();
            page.addImage(LogoImage.of(picture), picture.width(), 0, 0, picture.height(), document.left(), y);
            page.endMarkedContentSequence();
            y -= plan.styles().belowLogo();
        }
        TaggedCanvas text = new TaggedCanvas(writer, structure);
        ColumnText column = new ColumnText(text);
        column.setSimpleColumn(document.left(), document.bottom(), document.right(), y);
        for (Block line : plan.heading()) {
            column.addElement(type.paragraph(line, true,
                    structure.block(structure.document(), line, Structure.role(line.role()))));
        }
        // A heading too long for one page goes on to the next.
        while ((column.go() & ColumnText.NO_MORE_TEXT) == 0) {
            text.drainInto(page);
            structure.annotateLinks();
            document.newPage();
            column.setSimpleColumn(document.left(), document.bottom(), document.right(), document.top());
        }
        text.drainInto(page);
        return column.getYLine();
    }

    private void addTable(Document document, CompletingWriter writer, Structure structure, float y) {
        Bookmarks bookmarks = new Bookmarks(writer);
        TableCells cells = new TableCells(type, plan, writer.getDirectContent());
        TaggedTable table = new TaggedTable(document, writer, structure, cells, plan, y);
        for (Row row : plan.rows()) {
            table.add(row, new RowBookmark(bookmarks, row.topic()));
        }
        table.finish();
        bookmarks.finish();
    }
}
