package io.github.bulletinkit.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF's structure tree read back with PDFBox, each element with the text of its marked contents as a reader of
 * the tags finds it (text a form XObject draws inside marked content included, and {@code /ActualText} for the
 * glyphs it covers), the pages its content is on and
 * the annotations it owns.
 */
record TaggedTree(String type, PDStructureElement element, List<Object> parts, List<Integer> pages,
        List<PDAnnotation> annotations) {

    /** The tree under the document's one top element. */
    static TaggedTree of(PDDocument pdf) throws IOException {
        Map<PDPage, Map<Integer, String>> texts = new HashMap<>();
        for (PDPage page : pdf.getPages()) {
            PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
            extractor.processPage(page);
            Map<Integer, String> byId = new HashMap<>();
            for (PDMarkedContent content : extractor.getMarkedContents()) {
                collect(content, byId);
            }
            texts.put(page, byId);
        }
        List<Object> kids = pdf.getDocumentCatalog().getStructureTreeRoot().getKids();
        if (kids.size() != 1) {
            throw new AssertionError("the root has " + kids.size() + " kids");
        }
        return node(pdf, (PDStructureElement) kids.get(0), texts);
    }

    private static void collect(PDMarkedContent content, Map<Integer, String> byId) {
        if (content.getMCID() < 0) {
            return;
        }
        StringBuilder text = new StringBuilder();
        append(content, text);
        byId.merge(content.getMCID(), text.toString(), String::concat);
    }

    // Marked content inside with /ActualText, a shaped line's, reads as that text rather than its glyphs.
    private static void append(PDMarkedContent content, StringBuilder text) {
        for (Object item : content.getContents()) {
            if (item instanceof TextPosition position) {
                text.append(position.getUnicode());
            } else if (item instanceof PDMarkedContent inner) {
                if (inner.getActualText() != null) {
                    text.append(inner.getActualText());
                } else {
                    append(inner, text);
                }
            }
        }
    }

    private static TaggedTree node(PDDocument pdf, PDStructureElement element,
            Map<PDPage, Map<Integer, String>> texts) {
        List<Object> parts = new ArrayList<>();
        List<Integer> pages = new ArrayList<>();
        List<PDAnnotation> annotations = new ArrayList<>();
        for (Object kid : element.getKids()) {
            if (kid instanceof PDStructureElement child) {
                parts.add(node(pdf, child, texts));
            } else if (kid instanceof Integer mcid) {
                parts.add(texts.get(element.getPage()).getOrDefault(mcid, ""));
                pages.add(pdf.getPages().indexOf(element.getPage()));
            } else if (kid instanceof PDMarkedContentReference reference) {
                parts.add(texts.get(reference.getPage()).getOrDefault(reference.getMCID(), ""));
                pages.add(pdf.getPages().indexOf(reference.getPage()));
            } else if (kid instanceof PDObjectReference reference
                    && reference.getReferencedObject() instanceof PDAnnotation annotation) {
                annotations.add(annotation);
            }
        }
        return new TaggedTree(element.getStructureType(), element, parts, pages, annotations);
    }

    List<TaggedTree> kids() {
        return parts.stream().filter(TaggedTree.class::isInstance).map(TaggedTree.class::cast).toList();
    }

    List<String> kidTypes() {
        return kids().stream().map(TaggedTree::type).toList();
    }

    /** The text of each of its own marked contents, in order. */
    List<String> ownTexts() {
        return parts.stream().filter(String.class::isInstance).map(String.class::cast).toList();
    }

    /** Its text and its descendants', joined as they come. */
    String text() {
        return parts.stream().map(part -> part instanceof TaggedTree kid ? kid.text() : (String) part)
                .collect(Collectors.joining());
    }

    /** The page, from 0, of its first content or of its first descendant's. */
    int firstPage() {
        for (Object part : parts) {
            if (part instanceof TaggedTree kid) {
                if (kid.hasContent()) {
                    return kid.firstPage();
                }
            } else {
                return pages.get(0);
            }
        }
        throw new AssertionError(type + " has no content");
    }

    private boolean hasContent() {
        return !pages.isEmpty() || kids().stream().anyMatch(TaggedTree::hasContent);
    }

    /** It and every element below it, in reading order. */
    Stream<TaggedTree> all() {
        return Stream.concat(Stream.of(this), kids().stream().flatMap(TaggedTree::all));
    }

    /** Every element of {@code type} at or below it, in reading order. */
    List<TaggedTree> all(String type) {
        return all().filter(node -> node.type().equals(type)).toList();
    }
}
