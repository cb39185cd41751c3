package io.github.bulletinkit.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import io.github.bulletinkit.layout.AddressBlock;
import io.github.bulletinkit.layout.Block;
import io.github.bulletinkit.layout.CellPart;
import io.github.bulletinkit.layout.CellVisitor;
import io.github.bulletinkit.layout.Direction;
import io.github.bulletinkit.layout.LayoutPlan;
import io.github.bulletinkit.layout.Padding;
import io.github.bulletinkit.layout.QrBlock;
import io.github.bulletinkit.layout.Styles;
import java.awt.Color;
import java.util.List;

/** Makes the cells of the bulletin's table from the plan: the header row's, and the two of each entry's row. */
final class TableCells {

    private final Typesetter type;
    private final Color headerFill;
    private final Color rule;
    private final Padding headerPadding;
    private final Padding cellPadding;
    private final PdfContentByte canvas;

    /** {@code canvas} makes the templates that QR codes are drawn in. */
    TableCells(Typesetter type, LayoutPlan plan, PdfContentByte canvas) {
        this.type = type;
        this.canvas = canvas;
        this.headerFill = Typesetter.colour(plan.headerFill());
        this.rule = Typesetter.colour(plan.ruleColour());
        this.headerPadding = plan.styles().headerPadding();
        this.cellPadding = plan.styles().cellPadding();
    }

    /** A header cell; {@code tags} ties its text to its {@code TH}, or is null for a repeat. */
    PdfPCell heading(Block heading, List<String> tags) {
        PdfPCell cell = new PdfPCell(type.cellPhrase(heading, tags));
        if (type.documentDirection() == Direction.RIGHT_TO_LEFT) {
            cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        }
        cell.setBackgroundColor(headerFill);
        cell.setBorderColor(headerFill);
        cell.setBorderWidth(Styles.RULE_WIDTH);
        pad(cell, headerPadding);
        return cell;
    }

    /**
     * A body cell {@code width} wide holding {@code parts}, a paragraph each but codes, with their tags, in the row's
     * {@code direction}; {@code event} may be null.
     */
    PdfPCell body(List<? extends CellPart> parts, List<List<String>> tags, PdfPCellEvent event, float width,
            Direction direction) {
        float inside = width - 2 * cellPadding.sides();
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.BOX);
        cell.setBorderColor(rule);
        cell.setBorderWidth(Styles.RULE_WIDTH);
        pad(cell, cellPadding);
        for (int i = 0; i < parts.size(); i++) {
            List<String> partTags = tags.get(i);
            boolean first = i == 0;
            parts.get(i).accept(new CellVisitor() {
                @Override
                public void paragraph(Block block) {
                    cell.addElement(type.paragraph(block, first, partTags, inside, direction));
                }

                @Override
                public void address(AddressBlock address) {
                    cell.addElement(type.address(address.asLink(), partTags, direction));
                }

                @Override
                public void qrCode(QrBlock code) {
                    // Drawn on the cell's canvas, outside the text: a decoration, so an artifact of the tagged PDF.
                    Image image = QrImage.of(code.code(), canvas, code.spaceAfter());
                    if (direction == Direction.RIGHT_TO_LEFT) {
                        image.setAlignment(Image.RIGHT);
                    }
                    cell.addElement(image);
                }
            });
        }
        if (event != null) {
            cell.setCellEvent(event);
        }
        return cell;
    }

    /** Whether {@code block}'s text is shaped rather than laid out by OpenPDF. */
    boolean isShaped(Block block) {
        return type.isShaped(block, type.documentDirection());
    }

    private static void pad(PdfPCell cell, Padding padding) {
        cell.setPaddingTop(padding.top());
        cell.setPaddingBottom(padding.bottom());
        cell.setPaddingLeft(padding.sides());
        cell.setPaddingRight(padding.sides());
        cell.setUseAscender(true);
        cell.setUseDescender(true);
    }
}
