package io.github.bulletinkit.render.pdf;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import io.github.bulletinkit.render.layout.Block;
import io.github.bulletinkit.render.layout.LayoutPlan;
import io.github.bulletinkit.render.layout.Padding;
import io.github.bulletinkit.render.layout.Role;
import io.github.bulletinkit.render.layout.Styles;
import java.awt.Color;
import java.util.List;

/** Makes the cells of the bulletin's table from the plan: the header row's, and the two of each entry's row. */
final class TableCells {

    private final Typesetter type;
    private final Color headerFill;
    private final Color rule;
    private final Padding headerPadding;
    private final Padding cellPadding;
    private final LayoutPlan plan;
    private final PdfContentByte canvas;

    /** {@code canvas} makes the templates that QR codes are drawn in. */
    TableCells(Typesetter type, LayoutPlan plan, PdfContentByte canvas) {
        this.type = type;
        this.plan = plan;
        this.canvas = canvas;
        this.headerFill = Typesetter.colour(plan.headerFill());
        this.rule = Typesetter.colour(plan.ruleColour());
        this.headerPadding = plan.styles().headerPadding();
        this.cellPadding = plan.styles().cellPadding();
    }

    PdfPCell heading(Block heading) {
        PdfPCell cell = new PdfPCell(type.phrase(heading));
        cell.setBackgroundColor(headerFill);
        cell.setBorderColor(headerFill);
        cell.setBorderWidth(Styles.RULE_WIDTH);
        pad(cell, headerPadding);
        return cell;
    }

    /** A body cell holding {@code blocks}, one paragraph each; {@code event} may be null. */
    PdfPCell body(List<Block> blocks, PdfPCellEvent event) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.BOX);
        cell.setBorderColor(rule);
        cell.setBorderWidth(Styles.RULE_WIDTH);
        pad(cell, cellPadding);
        boolean first = true;
        for (Block block : blocks) {
            if (block.role() == Role.ADDRESS) {
                cell.addElement(type.address(block));
                plan.qrCode(block).ifPresent(code ->
                        cell.addElement(QrImage.of(code, canvas, plan.styles().belowCode())));
            } else {
                cell.addElement(type.paragraph(block, first));
            }
            first = false;
        }
        if (event != null) {
            cell.setCellEvent(event);
        }
        return cell;
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
