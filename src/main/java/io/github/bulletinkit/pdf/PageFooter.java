package io.github.bulletinkit.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import io.github.bulletinkit.layout.Block;
import io.github.bulletinkit.layout.LayoutPlan;
import io.github.bulletinkit.layout.Role;
import java.text.Bidi;

/**
 * Writes the plan's footer, {@code Page N of M}, centred in the bottom margin of every page. The total is known
 * only when the document closes: each page writes {@code Page N of} itself and shows one small template, shared
 * by every page, that is filled in with the total then. One pass, the same bytes every time, and one template
 * held until the end rather than one a page.
 */
final class PageFooter extends PdfPageEventHelper {

    private final LayoutPlan plan;
    private final Typesetter type;
    private final float size;
    private final float height;
    private PdfTemplate total;
    private int pages;
    // Whether the footer is drawn as shaped lines: decided on the first page, so that every page and the total agree.
    private boolean shaped;
    // Which way the shaped footer's words run, decided with it.
    private Boolean rightToLeft;

    PageFooter(LayoutPlan plan, Typesetter type) {
        this.plan = plan;
        this.type = type;
        this.size = plan.styles().of(Role.FOOTER).size();
        this.height = size * 1.5f;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        pages++;
        Block startWords = plan.footerStart(pages);
        if (shaped || type.isShaped(startWords, type.documentDirection())
                || type.isShaped(plan.footerEnd(pages), type.documentDirection())) {
            shaped = true;
            shapedFooter(writer, document, startWords);
            return;
        }
        Phrase start = type.phrase(plan.footerStart(pages), null);
        // Centred as if the total had as many digits as this page's number, which it has on most pages.
        float startWidth = width(start);
        float endWidth = width(type.phrase(plan.footerEnd(pages), null));
        float centre = (document.left() + document.right()) / 2;
        float x = centre - (startWidth + endWidth) / 2;
        // Halfway down the bottom margin, at least a line above the paper's edge.
        float y = Math.max(document.bottomMargin() / 2 - height / 2, size) + size * 0.4f;
        PdfContentByte page = writer.getDirectContent();
        if (total == null) {
            total = page.createTemplate(document.right() - document.left(), height);
        }
        // A running part of the page: an artifact, and its template holds no marked content of its own.
        PdfDictionary pagination = new PdfDictionary();
        pagination.put(PdfName.TYPE, new PdfName("Pagination"));
        pagination.put(PdfName.SUBTYPE, new PdfName("Footer"));
        page.beginMarkedContentSequence(Structure.ARTIFACT, pagination, true);
        ColumnText.showTextAligned(page, Element.ALIGN_LEFT, start, x, y, 0);
        page.addTemplate(total, x + startWidth, y - size * 0.4f);
        page.endMarkedContentSequence();
    }

    /**
     * The footer in words that need shaping, or of a document written right to left: drawn as {@link ShapedLine}s,
     * the total's when the document closes. Where the words run right to left, the total stands left of them.
     */
    private void shapedFooter(PdfWriter writer, Document document, Block startWords) {
        if (rightToLeft == null) {
            // The words' own direction, not the document's: English words in an Arabic bulletin read "Page 1 of 3".
            rightToLeft = !new Bidi(startWords.text(), Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT).baseIsLeftToRight();
        }
        ShapedLine start = type.shapedLine(startWords, rightToLeft);
        float gap = type.spaceWidth(size);
        float endWidth = type.shapedLine(plan.footerEnd(pages), rightToLeft).width();
        float centre = (document.left() + document.right()) / 2;
        float x = centre - (start.width() + gap + endWidth) / 2;
        float y = Math.max(document.bottomMargin() / 2 - height / 2, size) + size * 0.4f;
        PdfContentByte page = writer.getDirectContent();
        if (total == null) {
            total = page.createTemplate(document.right() - document.left(), height);
        }
        PdfDictionary pagination = new PdfDictionary();
        pagination.put(PdfName.TYPE, new PdfName("Pagination"));
        pagination.put(PdfName.SUBTYPE, new PdfName("Footer"));
        page.beginMarkedContentSequence(Structure.ARTIFACT, pagination, true);
        GlyphTexts texts = ((CompletingWriter) writer).glyphTexts();
        if (rightToLeft) {
            // The template's right edge meets the gap; the total is drawn against it when it is known.
            start.drawAlone(page, x + endWidth + gap, y, texts);
            page.addTemplate(total, x + endWidth - total.getWidth(), y - size * 0.4f);
        } else {
            start.drawAlone(page, x, y, texts);
            page.addTemplate(total, x + start.width() + gap, y - size * 0.4f);
        }
        page.endMarkedContentSequence();
    }

    /** The phrase's width, its trailing space included, where the total starts after it. */
    private static float width(Phrase phrase) {
        float width = 0;
        for (Element element : phrase) {
            width += ((Chunk) element).getWidthPoint();
        }
        return width;
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        if (total != null && shaped) {
            ShapedLine end = type.shapedLine(plan.footerEnd(pages), rightToLeft);
            end.drawAlone(total, rightToLeft ? total.getWidth() - end.width() : 0, size * 0.4f,
                    ((CompletingWriter) writer).glyphTexts());
        } else if (total != null) {
            ColumnText.showTextAligned(total, Element.ALIGN_LEFT, type.phrase(plan.footerEnd(pages), null), 0,
                    size * 0.4f, 0);
        }
    }
}
