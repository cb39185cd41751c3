package io.github.bulletinkit.render.pdf;

import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The text that OpenPDF draws for a {@link TaggedCanvas}, each chunk inside the marked content of its structure
 * element: {@link Structure#chunk} switches from one element to the next as the chunks come, and the last one
 * ends with the text object, so that marked content never crosses {@code BT} and {@code ET}.
 */
final class MarkedText extends PdfContentByte {

    private final Structure structure;
    private StructElement open;

    MarkedText(PdfWriter writer, Structure structure) {
        super(writer);
        this.structure = structure;
    }

    /** Ends the marked content open, if it is another element's, and opens {@code element}'s. */
    void switchTo(StructElement element) {
        if (element == open) {
            return;
        }
        close();
        structure.open(this, element);
        open = element;
    }

    @Override
    public void endText() {
        close();
        super.endText();
    }

    private void close() {
        if (open != null) {
            endMarkedContentSequence();
            open = null;
        }
    }
}
