package io.github.bulletinkit.pdf;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfAnnotation;
import com.lowagie.text.pdf.PdfBorderArray;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The link annotations of the row being drawn: where each link's text lies on the page, and at the end of the
 * page or row an annotation for each line of it, every one in the link's {@code Link} element through an object
 * reference and in the parent tree. Belongs to one render.
 */
final class LinkAnnotations {

    private final PdfWriter writer;
    private final ParentTree parentTree;
    private final Map<StructElement, Target> targets = new HashMap<>();
    // Where each link's text was drawn on this page, chunk by chunk, in order.
    private final Map<StructElement, List<Rectangle>> drawn = new LinkedHashMap<>();

    /**
     * Where a link leads, and what a screen reader says of it. As in HTML, an address of {@code #} and a name leads
     * to the destination of that name in this document, such as a section's heading.
     */
    private record Target(String url, String contents) {

        PdfAction action() {
            if (url.startsWith("#")) {
                return PdfAction.gotoLocalPage(url.substring(1), false);
            }
            // OpenPDF writes the URI in PDFDocEncoding and drops what that cannot hold: percent-encode the rest.
            return new PdfAction(URI.create(url).toASCIIString());
        }
    }

    LinkAnnotations(PdfWriter writer, ParentTree parentTree) {
        this.writer = writer;
        this.parentTree = parentTree;
    }

    /**
     * {@code link} is the element of a link to {@code url}, described by {@code contents}; a {@code url} of
     * {@code #} and a name leads to that named destination of the document.
     */
    void add(StructElement link, String url, String contents) {
        targets.put(link, new Target(url, contents));
    }

    /** A chunk of {@code element}'s text is drawn at {@code where}; nothing when it is not a link's. */
    void drawn(StructElement element, Rectangle where) {
        if (targets.containsKey(element)) {
            drawn.computeIfAbsent(element, key -> new ArrayList<>()).add(where);
        }
    }

    /** Where the last chunk of {@code link}'s text was drawn on this page; null when none was. */
    Rectangle lastDrawn(StructElement link) {
        List<Rectangle> chunks = drawn.get(link);
        return chunks == null ? null : chunks.get(chunks.size() - 1);
    }

    /** Annotates every line of a link drawn on this page; before the page ends. */
    void annotate() {
        for (Map.Entry<StructElement, List<Rectangle>> link : drawn.entrySet()) {
            Target target = targets.get(link.getKey());
            for (Rectangle line : lines(link.getValue())) {
                annotate(link.getKey(), target, line);
            }
        }
        drawn.clear();
    }

    /** Forgets the row's links, once it is drawn and annotated. */
    void clear() {
        targets.clear();
    }

    /** The chunks' rectangles joined into one a line. */
    private static List<Rectangle> lines(List<Rectangle> chunks) {
        List<Rectangle> lines = new ArrayList<>();
        Rectangle line = null;
        for (Rectangle chunk : chunks) {
            if (line != null && Math.abs(line.getBottom() - chunk.getBottom()) < 0.01f) {
                line = new Rectangle(Math.min(line.getLeft(), chunk.getLeft()), line.getBottom(),
                        Math.max(line.getRight(), chunk.getRight()), Math.max(line.getTop(), chunk.getTop()));
                lines.set(lines.size() - 1, line);
            } else {
                line = chunk;
                lines.add(line);
            }
        }
        return lines;
    }

    private void annotate(StructElement link, Target target, Rectangle line) {
        PdfAnnotation annotation = new PdfAnnotation(writer, line.getLeft(), line.getBottom(), line.getRight(),
                line.getTop(), target.action());
        annotation.put(PdfName.CONTENTS, new PdfString(target.contents(), PdfObject.TEXT_UNICODE));
        annotation.setBorder(new PdfBorderArray(0, 0, 0));
        // PDF/A asks that every annotation print.
        annotation.setFlags(PdfAnnotation.FLAGS_PRINT);
        annotation.put(PdfName.STRUCTPARENT, new PdfNumber(parentTree.objectKey(link.reference())));
        link.addObject(annotation.getIndirectReference(), writer.getCurrentPage());
        writer.addAnnotation(annotation);
    }
}
