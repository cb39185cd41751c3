package io.github.bulletinkit.pdf;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfBoolean;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfIndirectReference;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import io.github.bulletinkit.layout.Block;
import io.github.bulletinkit.layout.Role;
import io.github.bulletinkit.layout.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The structure tree of one tagged render, made from the layout plan's roles: each block becomes an element
 * ({@code H1}, {@code P}, {@code TH}, {@code H2}) that holds its text, a {@code Link} for each link in it and a
 * {@code Span} for each phrase in another language. Text is tied to its element by a tag on each chunk: as OpenPDF
 * draws a chunk it calls {@link #chunk}, which opens the element's marked content in the text being drawn, and
 * records where a link's text lies, for its annotations. Elements are written as soon as their row is drawn, and
 * the parent tree as its pages are, so that memory stays bounded however long the bulletin. Belongs to one
 * render.
 */
final class Structure {

    static final PdfName ARTIFACT = new PdfName("Artifact");
    private static final PdfName STRUCT_TREE_ROOT = new PdfName("StructTreeRoot");

    private final CompletingWriter writer;
    private final ParentTree parentTree;
    private final PdfIndirectReference root;
    private final StructElement document;
    // Elements that last the whole document (the document and the table's parts); the rest go row by row.
    private final List<StructElement> lasting = new ArrayList<>();
    private final List<StructElement> unwritten = new ArrayList<>();
    private final Map<String, Tagged> tagged = new HashMap<>();
    private final LinkAnnotations links;
    // Links and phrases not yet among their parent's kids: each joins it where its text first comes, after the text
    // before it.
    private final Map<StructElement, StructElement> unplaced = new LinkedHashMap<>();
    private final WordBreaks breaks = new WordBreaks();
    private MarkedText drawing;
    private int nextTag;

    Structure(CompletingWriter writer) {
        this.writer = writer;
        this.parentTree = new ParentTree(writer);
        writer.tagWith(parentTree);
        this.links = new LinkAnnotations(writer, parentTree);
        this.root = writer.getPdfIndirectReference();
        this.document = new StructElement(writer, PdfName.DOCUMENT, root);
        lasting.add(document);
    }

    StructElement document() {
        return document;
    }

    /** A new element under {@code parent}, written with the row being drawn. */
    StructElement element(StructElement parent, PdfName role) {
        StructElement element = kid(parent, role);
        unwritten.add(element);
        return element;
    }

    /** A new element under {@code parent} that gains kids until the document closes. */
    StructElement lastingElement(StructElement parent, PdfName role) {
        StructElement element = kid(parent, role);
        lasting.add(element);
        return element;
    }

    private StructElement kid(StructElement parent, PdfName role) {
        StructElement element = new StructElement(writer, role, parent.reference());
        parent.addKid(element);
        return element;
    }

    /**
     * The elements of {@code block} under {@code parent}, and the tag of each of its runs, in order, to put on their
     * chunks. The block's element holds its text, a {@code Link} for each link, and a {@code Span} for each phrase in
     * another language than the element's, as {@link Languages} decides.
     *
     * @param role the element's structure type, such as {@code P}
     */
    List<String> block(StructElement parent, Block block, PdfName role) {
        StructElement element = element(parent, role);
        if (block.role() == Role.COLUMN_HEADING) {
            PdfDictionary attributes = new PdfDictionary();
            attributes.put(PdfName.O, PdfName.TABLE);
            attributes.put(new PdfName("Scope"), new PdfName("Column"));
            element.put(PdfName.A, attributes);
        }
        String language = Languages.of(block);
        Languages.mark(element, language, "");
        List<String> tags = new ArrayList<>();
        Phrases own = new Phrases(this, element, language, null);
        for (Span span : block.spans()) {
            if (span.isLink()) {
                StructElement link = new StructElement(writer, PdfName.LINK, element.reference());
                unwritten.add(link);
                unplaced.put(link, element);
                // What a screen reader says of the annotation: for a link of the links column, the whole line.
                String contents = block.role() == Role.LINK ? block.text() : span.text();
                links.add(link, span.url(), contents.strip());
                String linkLanguage = Languages.of(span);
                Languages.mark(link, linkLanguage, language);
                Phrases inLink = new Phrases(this, link, linkLanguage, link);
                span.runs().forEach(run -> tags.add(inLink.tag(run)));
                own.interrupt();
            } else {
                span.runs().forEach(run -> tags.add(own.tag(run)));
            }
        }
        breaks.block(tags, Typesetter.printable(block.text()));
        return tags;
    }

    /** A new {@code Span} under {@code parent}, written with its row, that joins it when its text is drawn. */
    StructElement phrase(StructElement parent) {
        StructElement span = new StructElement(writer, PdfName.SPAN, parent.reference());
        unwritten.add(span);
        unplaced.put(span, parent);
        return span;
    }

    /** A new tag of {@code element}'s text; {@code link} is the link whose annotation covers it, or null. */
    String tag(StructElement element, StructElement link) {
        String tag = Integer.toString(nextTag++);
        tagged.put(tag, new Tagged(element, link));
        return tag;
    }

    /** The element whose marked content a tag's chunks go into, and the link they are the text of, or null. */
    private record Tagged(StructElement element, StructElement link) {
    }

    /** Opens on {@code canvas} the next marked content of {@code element} on this page. */
    void open(PdfContentByte canvas, StructElement element) {
        place(element);
        PdfDictionary properties = new PdfDictionary();
        int mcid = parentTree.mark(element.reference());
        properties.put(PdfName.MCID, new PdfNumber(mcid));
        element.addContent(mcid, writer.getCurrentPage());
        canvas.beginMarkedContentSequence(element.role(), properties, true);
    }

    /** Makes {@code element} its parent's next kid, and its parent its own parent's, if they are not yet. */
    private void place(StructElement element) {
        StructElement parent = unplaced.remove(element);
        if (parent != null) {
            place(parent);
            parent.addKid(element);
        }
    }

    /**
     * Opens on {@code canvas} more marked content of the link tagged {@code tag}, drawn at {@code where} outside
     * the text OpenPDF lays out: a contents item's page number. Its link's annotation covers it as well.
     */
    void openLink(PdfContentByte canvas, String tag, Rectangle where) {
        StructElement link = tagged.get(tag).link();
        open(canvas, link);
        links.drawn(link, where);
    }

    /** Where the last chunk of the link tagged {@code tag} was drawn on this page; null when none was. */
    Rectangle lastDrawn(String tag) {
        return links.lastDrawn(tagged.get(tag).link());
    }

    /** The text canvas that OpenPDF draws into now; its chunks' tags open their elements there. */
    void drawing(MarkedText text) {
        this.drawing = text;
    }

    /** A tagged chunk is about to be drawn at {@code where}. */
    void chunk(String tag, Rectangle where) {
        Tagged text = tagged.get(tag);
        if (text == null || drawing == null) {
            breaks.chunk(null);
            return;
        }
        breaks.chunk(tag);
        drawing.switchTo(text.element());
        if (text.link() != null) {
            links.drawn(text.link(), where);
        }
    }

    /**
     * A shaped line is drawn at {@code where}, its left edge and baseline: each part in its element's marked
     * content, in reading order, and where a part is a link's text its annotation covers it.
     */
    void line(ShapedLine line, Rectangle where) {
        breaks.chunk(null);
        for (ShapedLine.Part part : line.parts()) {
            Tagged text = part.style().tag() == null ? null : tagged.get(part.style().tag());
            if (text != null) {
                drawing.switchTo(text.element());
                if (text.link() != null) {
                    float left = where.getLeft() + part.x();
                    links.drawn(text.link(), new Rectangle(left, where.getBottom(), left + part.width(),
                            where.getTop()));
                }
            }
            part.draw(drawing, where.getLeft(), where.getBottom(), writer.glyphTexts());
        }
    }

    /** The text being drawn showed {@code text}. */
    void shown(String text) {
        breaks.shown(text);
    }

    /** A line ends: whether it wrapped at a space of its text, which should be drawn there. */
    boolean lineEndsAtSpace() {
        return breaks.endLine();
    }

    /**
     * Adds an annotation for each line of every link drawn on this page, each one belonging to its link's element
     * through an object reference. Call before the page ends.
     */
    void annotateLinks() {
        links.annotate();
    }

    /** Writes every element made since the last call but the lasting ones: their row is drawn. */
    void finishRow() {
        // A link or a phrase with no text drawn still belongs to its parent: a link comes before its phrases.
        unplaced.forEach((kid, parent) -> parent.addKid(kid));
        unplaced.clear();
        unwritten.forEach(element -> element.write(writer));
        unwritten.clear();
        tagged.clear();
        breaks.clear();
        links.clear();
    }

    /**
     * After the last page: writes what is left of the tree, its parent tree and its root, and names the root in
     * the catalog.
     */
    void close() {
        finishRow();
        lasting.forEach(element -> element.write(writer));
        PdfDictionary tree = new PdfDictionary(STRUCT_TREE_ROOT);
        PdfArray kids = new PdfArray();
        kids.add(document.reference());
        tree.put(PdfName.K, kids);
        tree.put(PdfName.PARENTTREENEXTKEY, new PdfNumber(parentTree.nextKey()));
        tree.put(PdfName.PARENTTREE, parentTree.finish());
        writer.write(tree, root);
        writer.getExtraCatalog().put(PdfName.STRUCTTREEROOT, root);
        PdfDictionary marked = new PdfDictionary();
        marked.put(PdfName.MARKED, PdfBoolean.PDFTRUE);
        writer.getExtraCatalog().put(PdfName.MARKINFO, marked);
    }

    /** The structure type of a heading of an outline level: {@code H2} for 2. */
    static PdfName heading(int level) {
        return new PdfName("H" + level);
    }

    /** The structure type of a block's element. */
    static PdfName role(Role role) {
        return switch (role) {
            case TITLE -> PdfName.H1;
            // An entry's topic is H2, or H3 under a section's heading: TaggedTable tags it by its row's level.
            case TOPIC, SECTION_HEADING, CONTENTS_HEADING -> PdfName.H2;
            case COLUMN_HEADING -> PdfName.TH;
            case LOGO -> PdfName.FIGURE;
            // An item is a TOCI's reference, which holds the link to its section: ContentsList tags the list.
            case CONTENTS_ITEM -> PdfName.REFERENCE;
            case SUBTITLE, PUBLISHER, INTRODUCTION, SOURCE, PUBLISHED, SUMMARY, LINK, ADDRESS, CLOSING, FOOTER ->
                    PdfName.P;
        };
    }
}
