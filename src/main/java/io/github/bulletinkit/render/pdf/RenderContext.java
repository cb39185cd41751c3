package io.github.bulletinkit.render.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfBoolean;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.InvalidBulletinException;
import io.github.bulletinkit.model.Problem;
import io.github.bulletinkit.render.DocumentText;
import io.github.bulletinkit.render.RenderOptions;
import io.github.bulletinkit.render.layout.Block;
import io.github.bulletinkit.render.layout.LayoutPlan;
import io.github.bulletinkit.render.layout.Row;
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
    private final Bulletin bulletin;
    private final RenderOptions options;
    private final boolean archival;
    private final DocumentDigest digest;
    private final Typesetter type;

    /** @throws InvalidBulletinException when the font lacks characters of the bulletin */
    RenderContext(Bulletin bulletin, RenderOptions options, EmbeddedFamily family, byte[] theme, boolean archival) {
        this.plan = LayoutPlan.of(bulletin, options);
        this.bulletin = bulletin;
        this.options = options;
        this.archival = archival;
        this.digest = DocumentDigest.of(bulletin, options, theme, archival);
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
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        if (archival) {
            PdfA1b.prepare(writer);
        }
        writer.setPageEvent(new PageFooter(plan, type));
        writer.addViewerPreference(PdfName.DISPLAYDOCTITLE, PdfBoolean.PDFTRUE);
        describe(document);
        document.open();
        fixInformation(writer);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(bulletin.language()));
        if (archival) {
            PdfA1b.addOutputIntent(writer);
        }
        addHeading(document);
        addTable(document, writer);
        if (archival) {
            PdfA1b.addMetadata(writer);
        }
        document.close();
        out.flush();
    }

    private void describe(Document document) {
        document.addTitle(bulletin.title());
        if (!bulletin.publisher().isEmpty()) {
            document.addAuthor(bulletin.publisher());
        }
        document.addSubject(DocumentText.subject(bulletin));
        document.addCreator(DocumentText.creator());
    }

    /** Replaces what OpenPDF takes from the clock and from chance with what the input determines. */
    private void fixInformation(PdfWriter writer) {
        Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        created.setTimeInMillis(options.createdFor(bulletin).toEpochMilli());
        writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(created));
        writer.getInfo().put(PdfName.MODDATE, new PdfDate(created));
        // PdfWriter.close() takes the trailer's /ID from here when present, instead of random bytes.
        byte[] id = digest.fileId();
        writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
    }

    private void addHeading(Document document) throws IOException {
        Optional<LayoutPlan.Picture> logo = plan.logo();
        if (logo.isPresent()) {
            document.add(LogoImage.of(logo.get(), plan.styles().belowLogo()));
        }
        for (Block line : plan.heading()) {
            document.add(type.paragraph(line, true));
        }
    }

    private void addTable(Document document, PdfWriter writer) {
        PdfOutline bookmarks = writer.getRootOutline();
        TableCells cells = new TableCells(type, plan, writer.getDirectContent());
        List<Block> headings = plan.columnHeadings();
        EntryTable table = new EntryTable(document, writer, plan.informationShare(), cells.heading(headings.get(0)),
                cells.heading(headings.get(1)));
        for (Row row : plan.rows()) {
            table.addRow(cells.body(row.information(), new RowBookmark(bookmarks, row.topic())),
                    cells.body(row.links(), null));
        }
        table.finish();
    }
}
