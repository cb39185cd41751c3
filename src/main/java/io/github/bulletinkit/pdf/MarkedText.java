package io.github.bulletinkit.pdf;

import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The text that OpenPDF draws for a {@link TaggedCanvas}, each chunk inside the marked content of its structure
 * element: {@link Structure#chunk} switches from one element to the next as the chunks come, and the last one
 * ends with the text object, so that marked content never crosses {@code BT} and {@code ET}. Where a line wrapped
 * at a space, the space is drawn at the line's end, inside the marked content of the text it belongs to: it
 * shows nothing, and a reader of the tags finds the words apart.
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
    public void showText(String text) {
        super.showText(text);
        structure.shown(text);
    }

    // OpenPDF places every line with a text matrix, whatever moves the pen within a line: so a new one ends a line.
    @Override
    public void setTextMatrix(float a, float b, float c, float d, float x, float y) {
        endLine();
        super.setTextMatrix(a, b, c, d, x, y);
    }

    @Override
    public void endText() {
        endLine();
        close();
        super.endText();
    }

    // The space at which the line broke, after its last glyph: the next line's own matrix places it, so the
    // pen's advance moves nothing drawn.
    private void endLine() {
        if (structure.lineEndsAtSpace()) {
            super.showText(" ");
        }
    }

    private void close() {
        if (open != null) {
            endMarkedContentSequence();
            open = null;
        }
    }
}
