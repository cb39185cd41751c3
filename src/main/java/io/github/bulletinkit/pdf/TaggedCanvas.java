package io.github.bulletinkit.pdf;

import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A canvas for OpenPDF's {@code ColumnText} that tags what it draws. {@code ColumnText} draws text into a
 * duplicate of its canvas and then adds that here; the duplicate is a {@link MarkedText}, whose chunks go into
 * their elements' marked content. What {@code ColumnText} draws here directly (underlines, images) is
 * decoration, and goes into an {@code Artifact}. Belongs to one render.
 */
final class TaggedCanvas extends PdfContentByte {

    private static final byte[] ARTIFACT = "/Artifact BMC\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END = "EMC\n".getBytes(StandardCharsets.US_ASCII);

    private final Structure structure;
    // Where the drawing not yet put into an artifact starts.
    private int untagged;

    TaggedCanvas(PdfWriter writer, Structure structure) {
        super(writer);
        this.structure = structure;
    }

    @Override
    public PdfContentByte getDuplicate() {
        MarkedText text = new MarkedText(writer, structure);
        structure.drawing(text);
        return text;
    }

    @Override
    public void add(PdfContentByte other) {
        wrapDecoration();
        super.add(other);
        untagged = content.size();
    }

    /** Adds everything drawn so far to {@code page}, and starts again empty. */
    void drainInto(PdfContentByte page) {
        wrapDecoration();
        page.add(this);
        reset();
        untagged = 0;
    }

    private void wrapDecoration() {
        if (content.size() > untagged) {
            byte[] decoration = Arrays.copyOfRange(content.getBuffer(), untagged, content.size());
            content.setSize(untagged);
            content.append(ARTIFACT).append(decoration).append(END);
        }
    }
}
