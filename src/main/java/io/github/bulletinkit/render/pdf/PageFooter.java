package io.github.bulletinkit.render.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import io.github.bulletinkit.render.layout.LayoutPlan;
import io.github.bulletinkit.render.layout.Role;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the plan's footer, {@code Page N of M}, centred in the bottom margin of every page. The total is known
 * only when the document closes, so each page shows a small template that is filled in then: one pass, and the
 * same bytes every time.
 */
final class PageFooter extends PdfPageEventHelper {

    private final LayoutPlan plan;
    private final Typesetter type;
    private final float size;
    private final float height;
    private final List<PdfTemplate> footers = new ArrayList<>();

    PageFooter(LayoutPlan plan, Typesetter type) {
        this.plan = plan;
        this.type = type;
        this.size = plan.styles().of(Role.FOOTER).size();
        this.height = size * 1.5f;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        float width = document.right() - document.left();
        PdfTemplate footer = writer.getDirectContent().createTemplate(width, height);
        // Halfway down the bottom margin, at least a line above the paper's edge.
        float y = Math.max(document.bottomMargin() / 2 - height / 2, size);
        // A running part of the page: an artifact, and its template holds no marked content of its own.
        PdfContentByte page = writer.getDirectContent();
        PdfDictionary pagination = new PdfDictionary();
        pagination.put(PdfName.TYPE, new PdfName("Pagination"));
        pagination.put(PdfName.SUBTYPE, new PdfName("Footer"));
        page.beginMarkedContentSequence(Structure.ARTIFACT, pagination, true);
        page.addTemplate(footer, document.left(), y);
        page.endMarkedContentSequence();
        footers.add(footer);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        int total = footers.size();
        for (int i = 0; i < total; i++) {
            PdfTemplate footer = footers.get(i);
            ColumnText.showTextAligned(footer, Element.ALIGN_CENTER, type.phrase(plan.footer(i + 1, total), null),
                    footer.getWidth() / 2, size * 0.4f, 0);
        }
        footers.clear();
    }
}
