package io.github.bulletinkit.render.pdf;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfAnnotation;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfBorderArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfWriter;
import io.github.bulletinkit.render.layout.Block;
import io.github.bulletinkit.render.layout.Role;
import io.github.bulletinkit.render.layout.Span;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The structure tree of one tagged render, made from the layout plan's roles: each block becomes an element
 * ({@code H1}, {@code P}, {@code TH}, {@code H2}), and a block with links a container of {@code Span} and
 * {@code Link} elements. Text is tied to its element by a tag on each chunk: as OpenPDF draws a chunk it calls
 * {@link #chunk}, which opens the element's marked content in the text being drawn, and records where a link's
 * text lies, for its annotations. Belongs to one render.
 */
final class Structure {

    static final PdfName ARTIFACT = new PdfName("Artifact");
    private static final PdfName SPAN = new PdfName("Span");
    private static final PdfName LINK = new PdfName("Link");
    private static final PdfName OBJR = new PdfName("OBJR");

    private final PdfWriter writer;
    private final PdfStructureElement document;
    private final Map<String, PdfStructureElement> tagged = new HashMap<>();
    private final Map<PdfStructureElement, LinkTarget> links = new HashMap<>();
    // Where each link's text was drawn on this page, line by line, in order.
    private final Map<PdfStructureElement, List<Rectangle>> drawnLinks = new LinkedHashMap<>();
    private MarkedText drawing;
    private int nextTag;

    private record LinkTarget(String url, String contents) {
    }

    Structure(PdfWriter writer) {
        this.writer = writer;
        this.document = new PdfStructureElement(writer.getStructureTreeRoot(), PdfName.DOCUMENT);
    }

    PdfStructureElement document() {
        return document;
    }

    static PdfStructureElement element(PdfStructureElement parent, PdfName role) {
        return new PdfStructureElement(parent, role);
    }

    /**
     * The elements of {@code block} under {@code parent}, and the tag of each span, to put on its chunks.
     *
     * @param role the element's structure type, such as {@code P}
     */
    List<String> block(PdfStructureElement parent, Block block, PdfName role) {
        PdfStructureElement element = new PdfStructureElement(parent, role);
        if (block.role() == Role.COLUMN_HEADING) {
            PdfDictionary attributes = new PdfDictionary();
            attributes.put(PdfName.O, PdfName.TABLE);
            attributes.put(new PdfName("Scope"), new PdfName("Column"));
            element.put(PdfName.A, attributes);
        }
        boolean hasLinks = block.spans().stream().anyMatch(Span::isLink);
        List<String> tags = new ArrayList<>(block.spans().size());
        String leafTag = hasLinks ? null : tag(element);
        for (Span span : block.spans()) {
            if (!hasLinks) {
                tags.add(leafTag);
            } else if (span.isLink()) {
                PdfStructureElement link = new PdfStructureElement(element, LINK);
                // What a screen reader says of the annotation: for a link of the links column, the whole line.
                String contents = block.role() == Role.LINK ? block.text() : span.text();
                links.put(link, new LinkTarget(span.url(), contents.strip()));
                tags.add(tag(link));
            } else {
                tags.add(tag(new PdfStructureElement(element, SPAN)));
            }
        }
        return tags;
    }

    private String tag(PdfStructureElement element) {
        String tag = Integer.toString(nextTag++);
        tagged.put(tag, element);
        return tag;
    }

    /** The text canvas that OpenPDF draws into now; its chunks' tags open their elements there. */
    void drawing(MarkedText text) {
        this.drawing = text;
    }

    /** A tagged chunk is about to be drawn at {@code where}. */
    void chunk(String tag, Rectangle where) {
        PdfStructureElement element = tagged.get(tag);
        if (element == null || drawing == null) {
            return;
        }
        drawing.switchTo(element);
        if (links.containsKey(element)) {
            drawnLinks.computeIfAbsent(element, key -> new ArrayList<>()).add(where);
        }
    }

    /**
     * Adds an annotation for each line of every link drawn on this page, each one belonging to its link's element
     * through an object reference. Call before the page ends.
     */
    void annotateLinks() {
        for (Map.Entry<PdfStructureElement, List<Rectangle>> drawn : drawnLinks.entrySet()) {
            LinkTarget target = links.get(drawn.getKey());
            for (Rectangle line : lines(drawn.getValue())) {
                annotate(drawn.getKey(), target, line);
            }
        }
        drawnLinks.clear();
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

    private void annotate(PdfStructureElement link, LinkTarget target, Rectangle line) {
        // OpenPDF writes the URI in PDFDocEncoding and drops what that cannot hold: percent-encode the rest.
        PdfAnnotation annotation = new PdfAnnotation(writer, line.getLeft(), line.getBottom(), line.getRight(),
                line.getTop(), new PdfAction(URI.create(target.url()).toASCIIString()));
        annotation.put(PdfName.CONTENTS, new PdfString(target.contents(), PdfObject.TEXT_UNICODE));
        annotation.setBorder(new PdfBorderArray(0, 0, 0));
        // PDF/A asks that every annotation print.
        annotation.setFlags(PdfAnnotation.FLAGS_PRINT);
        annotation.put(PdfName.STRUCTPARENT,
                new PdfNumber(writer.getStructureTreeRoot().addExistingObject(link.getReference())));
        PdfDictionary reference = new PdfDictionary(OBJR);
        reference.put(PdfName.OBJ, annotation.getIndirectReference());
        reference.put(PdfName.PG, writer.getCurrentPage());
        PdfObject kids = link.get(PdfName.K);
        PdfArray array = kids instanceof PdfArray existing ? existing : new PdfArray();
        if (kids instanceof PdfNumber mcid) {
            array.add(mcid);
        }
        array.add(reference);
        link.put(PdfName.K, array);
        writer.addAnnotation(annotation);
    }

    /**
     * Writes {@code element} and everything under it now, and puts its reference in its parent's place, so that
     * the tree holds finished rows as references only: the document's memory stays bounded.
     */
    void finish(PdfStructureElement element, PdfStructureElement parent) {
        write(element);
        PdfArray kids = (PdfArray) parent.get(PdfName.K);
        // Rows are finished in order: the element is the last kid, or near it.
        for (int i = kids.size() - 1; i >= 0; i--) {
            if (kids.getPdfObject(i) == element) {
                kids.set(i, element.getReference());
                break;
            }
        }
        tagged.clear();
        links.clear();
    }

    private void write(PdfStructureElement element) {
        if (element.get(PdfName.K) instanceof PdfArray kids) {
            for (int i = 0; i < kids.size(); i++) {
                if (kids.getPdfObject(i) instanceof PdfStructureElement kid) {
                    write(kid);
                    kids.set(i, kid.getReference());
                }
            }
        }
        try {
            writer.addToBody(element, element.getReference());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The structure type of a block's element. */
    static PdfName role(Role role) {
        return switch (role) {
            case TITLE -> PdfName.H1;
            case TOPIC -> PdfName.H2;
            case COLUMN_HEADING -> PdfName.TH;
            case LOGO -> PdfName.FIGURE;
            case SUBTITLE, PUBLISHER, SOURCE, PUBLISHED, SUMMARY, LINK, ADDRESS, FOOTER -> PdfName.P;
        };
    }
}
