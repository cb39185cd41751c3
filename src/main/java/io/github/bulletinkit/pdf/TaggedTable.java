package io.github.bulletinkit.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfPRow;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import io.github.bulletinkit.layout.AddressBlock;
import io.github.bulletinkit.layout.Block;
import io.github.bulletinkit.layout.CellPart;
import io.github.bulletinkit.layout.CellVisitor;
import io.github.bulletinkit.layout.LayoutPlan;
import io.github.bulletinkit.layout.QrBlock;
import io.github.bulletinkit.layout.Role;
import io.github.bulletinkit.layout.Row;
import java.util.ArrayList;
import java.util.List;

/**
 * The bulletin's table, laid out and paginated here rather than by OpenPDF, which writes no marked content for a
 * table: each row is measured as a table of its own and drawn where it fits, its borders and fills as an
 * artifact and its text in its elements. The header row is {@code THead} on the first page and an artifact on
 * every later one. A row that does not fit in the rest of a page starts the next page; a row taller than a page
 * starts where it is and is split at the foot of each page, its cells going on as the same elements. A row's
 * elements are written out once it is drawn, so that memory stays bounded however many entries there are. A
 * {@link Lead}, a section's heading, is drawn just above the header row, on the page where the first row fits.
 */
final class TaggedTable {

    /** What stands above the table and goes to the next page with its header row and first row. */
    interface Lead {
        /** The height it takes, its space below it included. */
        float height();

        /** Draws it from {@code top} down on the page being drawn, and returns the height where it ends. */
        float draw(float top);
    }

    private static final PdfName TR = new PdfName("TR");

    private final Document document;
    private final PdfWriter writer;
    private final Structure structure;
    private final TableCells cells;
    private final TaggedCanvas text;
    private final float[] widths;
    // A table in a language written right to left is mirrored: Information on the right.
    private final boolean rightToLeft;
    private final List<Block> headings;
    private final StructElement headRow;
    private final StructElement body;
    private final float lowestSplit;
    private final Lead lead;
    // The untagged header row, laid out once and drawn again on every later page.
    private PdfPTable repeatedHeader;
    private boolean headerDrawn;
    private float y;

    /** {@code lead} is null when nothing is kept above the table. */
    TaggedTable(Document document, PdfWriter writer, Structure structure, TableCells cells, LayoutPlan plan,
            List<Block> headings, float y, Lead lead) {
        this.document = document;
        this.writer = writer;
        this.structure = structure;
        this.cells = cells;
        this.text = new TaggedCanvas(writer, structure);
        this.widths = new float[] {plan.informationShare(), 1 - plan.informationShare()};
        this.rightToLeft = plan.document().rightToLeft();
        this.headings = headings;
        StructElement table = structure.lastingElement(structure.document(), PdfName.TABLE);
        this.headRow = structure.element(structure.element(table, PdfName.THEAD), TR);
        this.body = structure.lastingElement(table, PdfName.TBODY);
        // Split a tall row only where at least three lines of text are left on the page.
        this.lowestSplit = plan.styles().cellPadding().top() + plan.styles().cellPadding().bottom()
                + 3 * plan.styles().of(Role.SUMMARY).lineHeight();
        this.y = y;
        this.lead = lead;
    }

    void add(Row row, PdfPCellEvent bookmark) {
        StructElement tr = structure.element(body, TR);
        PdfPTable table = table(cells.body(row.information(), tags(structure.element(tr, PdfName.TD),
                row.information(), row.level()), bookmark, width(0), row.direction()), cells.body(row.links(),
                tags(structure.element(tr, PdfName.TD), row.links(), row.level()), null, width(1), row.direction()));
        float height = table.getRowHeight(0);
        boolean splitsHere = !headerDrawn && start(height);
        if (!splitsHere && height > room() && height <= pageRoom()) {
            newPage(true);
        }
        while (table.getRowHeight(0) > room()) {
            if (room() < lowestSplit) {
                newPage(true);
                continue;
            }
            PdfPRow rest = table.getRow(0).splitRow(table, 0, room());
            if (rest == null) {
                newPage(true);
                continue;
            }
            draw(table);
            newPage(true);
            table = PdfPTable.shallowCopy(table);
            table.getRows().add(rest);
        }
        draw(table);
        structure.annotateLinks();
        structure.finishRow();
    }

    /**
     * Draws the lead and the header row where the first row, {@code firstRow} high, can follow them; returns
     * whether that row is to be split where the page ends rather than moved whole to the next page.
     */
    private boolean start(float firstRow) {
        PdfPTable header = header(true);
        boolean splits = false;
        float needed;
        if (lead == null) {
            needed = header.getRowHeight(0) + Math.min(firstRow, lowestSplit);
        } else {
            // A section's heading stays with its header row and its first row: the whole row when a page holds
            // all three, else the row's first lines, and the row is split at the foot of the page.
            splits = lead.height() + header.getRowHeight(0) + firstRow > document.top() - document.bottom();
            needed = lead.height() + header.getRowHeight(0) + (splits ? lowestSplit : firstRow);
        }
        if (needed > room()) {
            newPage(false);
        }
        if (lead != null) {
            y = lead.draw(y);
        }
        draw(header);
        headerDrawn = true;
        return splits;
    }

    /** After the last row. */
    void finish() {
        structure.annotateLinks();
    }

    /** The height where the table ends, on the page being drawn. */
    float y() {
        return y;
    }

    /**
     * The tags of each part's runs, in a paragraph's element; null for a QR code, which is decoration. A topic is
     * a heading of its row's {@code level}.
     */
    private List<List<String>> tags(StructElement cell, List<? extends CellPart> parts, int level) {
        List<List<String>> tags = new ArrayList<>(parts.size());
        CellVisitor tagged = new CellVisitor() {
            @Override
            public void paragraph(Block block) {
                tags.add(structure.block(cell, block, block.role() == Role.TOPIC ? Structure.heading(level)
                        : Structure.role(block.role())));
            }

            @Override
            public void address(AddressBlock address) {
                // Printed for a reader to type, and a link as well: a click on paper's PDF opens it.
                tags.add(structure.block(cell, address.asLink(), Structure.role(Role.ADDRESS)));
            }

            @Override
            public void qrCode(QrBlock code) {
                tags.add(null);
            }
        };
        parts.forEach(part -> part.accept(tagged));
        return tags;
    }

    /** The header row: tagged on the first page, where it is the table's {@code THead}; else untagged. */
    private PdfPTable header(boolean tagged) {
        List<String> none = null;
        return table(cells.heading(headings.get(0), tagged ? structure.block(headRow, headings.get(0), PdfName.TH)
                : none), cells.heading(headings.get(1), tagged ? structure.block(headRow, headings.get(1),
                PdfName.TH) : none));
    }

    /** The width of the table's column {@code column}: 0 for Information, 1 for Links. */
    private float width(int column) {
        return (document.right() - document.left()) * widths[column];
    }

    /**
     * A table of one row. Its cells' elements were made in reading order, Information's first, so the structure
     * tree keeps that order whichever side each is drawn on.
     */
    private PdfPTable table(PdfPCell information, PdfPCell links) {
        PdfPTable table = new PdfPTable(rightToLeft ? new float[] {widths[1], widths[0]} : widths);
        table.setTotalWidth(document.right() - document.left());
        table.setLockedWidth(true);
        table.addCell(rightToLeft ? links : information);
        table.addCell(rightToLeft ? information : links);
        return table;
    }

    private float room() {
        return y - document.bottom();
    }

    private float pageRoom() {
        return document.top() - document.bottom() - repeatedHeader().getRowHeight(0);
    }

    private PdfPTable repeatedHeader() {
        if (repeatedHeader == null) {
            repeatedHeader = header(false);
        }
        return repeatedHeader;
    }

    private void newPage(boolean withHeader) {
        structure.annotateLinks();
        document.newPage();
        y = document.top();
        if (withHeader) {
            // A running part of the page, as the footer is: in the tree once, as THead on the first page.
            PdfContentByte page = writer.getDirectContent();
            PdfDictionary pagination = new PdfDictionary();
            pagination.put(PdfName.TYPE, new PdfName("Pagination"));
            page.beginMarkedContentSequence(Structure.ARTIFACT, pagination, true);
            PdfPTable header = repeatedHeader();
            if (headings.stream().anyMatch(cells::isShaped)) {
                // Shaped text is drawn by the canvas's text, which a TaggedCanvas hands it.
                TaggedCanvas repeat = new TaggedCanvas(writer, structure);
                PdfContentByte[] canvases = {new PdfContentByte(writer), new PdfContentByte(writer),
                    new PdfContentByte(writer), repeat};
                header.writeSelectedRows(0, -1, document.left(), y, canvases);
                for (int i = 0; i < 3; i++) {
                    page.add(canvases[i]);
                }
                repeat.drainInto(page);
            } else {
                header.writeSelectedRows(0, -1, document.left(), y, page);
            }
            page.endMarkedContentSequence();
            y -= header.getRowHeight(0);
        }
    }

    /** Draws the table's one row at the current height: its borders and fills an artifact, its text tagged. */
    private void draw(PdfPTable table) {
        PdfContentByte page = writer.getDirectContent();
        PdfContentByte[] canvases = {new PdfContentByte(writer), new PdfContentByte(writer),
            new PdfContentByte(writer), text};
        table.writeSelectedRows(0, -1, document.left(), y, canvases);
        page.beginMarkedContentSequence(Structure.ARTIFACT);
        for (int i = 0; i < 3; i++) {
            page.add(canvases[i]);
        }
        page.endMarkedContentSequence();
        text.drainInto(page);
        y -= table.getRowHeight(0);
    }
}
