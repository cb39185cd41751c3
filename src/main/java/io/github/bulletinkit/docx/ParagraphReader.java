package io.github.bulletinkit.docx;

import static io.github.bulletinkit.docx.WordXml.attribute;
import static io.github.bulletinkit.docx.WordXml.child;
import static io.github.bulletinkit.docx.WordXml.children;

import io.github.bulletinkit.reading.Paragraph;
import io.github.bulletinkit.reading.Piece;
import io.github.bulletinkit.reading.ReadProblems;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * Reads a paragraph's text as Word shows it, however the editor wrote it: runs split anywhere, hyperlinks as
 * {@code w:hyperlink} or as {@code HYPERLINK} fields (simple or complex), content controls, smart tags, bookmarks,
 * proofing marks and comment marks; with each run's emphasis and language. Tracked changes are refused before any
 * paragraph is read. Thread-safe: each paragraph is read in a walk of its own.
 */
final class ParagraphReader {

    private final StyleRoles styles;
    private final Map<String, String> hyperlinks;

    /** @param hyperlinks the addresses of the document's hyperlink relationships, by id */
    ParagraphReader(StyleRoles styles, Map<String, String> hyperlinks) {
        this.styles = styles;
        this.hyperlinks = hyperlinks;
    }

    Paragraph read(Element paragraph) {
        Walk walk = new Walk();
        walk.container(paragraph, "");
        return new Paragraph(List.copyOf(walk.pieces), List.copyOf(walk.unsupported));
    }

    /** A field open in the paragraph: its instruction until {@code separate}, then the address its result links to. */
    private static final class Field {
        final StringBuilder instruction = new StringBuilder();
        boolean showing;
        String url = "";
        String anchor = "";
    }

    private final class Walk {
        final List<Piece> pieces = new ArrayList<>();
        final List<String> unsupported = new ArrayList<>();
        final Deque<Field> fields = new ArrayDeque<>();
        String lastUrl = "";
        String lastStyle = "";
        /** The place inside the document that the enclosing w:hyperlink or simple field links to, or empty. */
        String anchor = "";

        /** The children of a paragraph, or of an element that holds runs, all linking to {@code url} (or none). */
        void container(Element parent, String url) {
            for (Element child : children(parent)) {
                if (!WordXml.W.equals(child.getNamespaceURI())) {
                    unknown(child);
                    continue;
                }
                switch (child.getLocalName()) {
                    case "r" -> run(child, url);
                    case "hyperlink" -> link(child, url);
                    case "fldSimple" -> simpleField(child, url);
                    case "smartTag", "customXml", "dir", "bdo" -> container(child, url);
                    case "sdt" -> {
                        Element content = child(child, "sdtContent");
                        if (content != null) {
                            container(content, url);
                        }
                    }
                    default -> unknown(child);
                }
            }
        }

        /** Bookmarks, proofing and comment marks and the like hold no text; anything else that does is refused. */
        private void unknown(Element element) {
            if (WordXml.holdsText(element)) {
                unsupported.add("holds " + element.getNodeName() + ", which a bulletin cannot hold; remove it");
            }
        }

        private String hyperlink(Element link, String outer) {
            String id = link.getAttributeNS(WordXml.R, "id");
            String anchor = attribute(link, "anchor");
            if (!id.isEmpty()) {
                String target = hyperlinks.get(id);
                if (target == null) {
                    unsupported.add("holds a link whose address is missing from the document (relationship " + id
                            + "); make the link again");
                    return outer;
                }
                // Word keeps a fragment apart from the address, in w:anchor.
                return anchor.isEmpty() || target.contains("#") ? target : target + "#" + anchor;
            }
            return anchor.isEmpty() ? outer : internal(anchor, outer);
        }

        private String internal(String anchor, String outer) {
            unsupported.add("holds a link to " + ReadProblems.quote(anchor) + ", a place inside the document; a"
                    + " bulletin's links go to web or mail addresses");
            return outer;
        }

        private String fieldUrl(FieldInstruction instruction, String outer) {
            if (!instruction.hyperlink()) {
                return outer;
            }
            if (instruction.url().isEmpty()) {
                return instruction.anchor().isEmpty() ? outer : internal(instruction.anchor(), outer);
            }
            return instruction.anchor().isEmpty() ? instruction.url() : instruction.url() + "#" + instruction.anchor();
        }

        private void simpleField(Element field, String url) {
            FieldInstruction instruction = FieldInstruction.parse(attribute(field, "instr"));
            within(internalAnchor(instruction), () -> container(field, fieldUrl(instruction, url)));
        }

        private void link(Element link, String url) {
            // A link with an address may have a fragment in w:anchor too: only one without is to a place inside.
            String inside = link.getAttributeNS(WordXml.R, "id").isEmpty() ? attribute(link, "anchor") : "";
            within(inside, () -> container(link, hyperlink(link, url)));
        }

        /** The place inside the document that a field links to, if it links nowhere else; else empty. */
        private static String internalAnchor(FieldInstruction instruction) {
            return instruction.hyperlink() && instruction.url().isEmpty() ? instruction.anchor() : "";
        }

        /** Walks the text of a link to {@code inner}, a place inside the document (or none, when empty). */
        private void within(String inner, Runnable walk) {
            String outer = anchor;
            anchor = inner.isEmpty() ? outer : inner;
            walk.run();
            anchor = outer;
        }

        private void run(Element r, String hyperlinkUrl) {
            Element rPr = child(r, "rPr");
            for (Element child : children(r)) {
                if (!WordXml.W.equals(child.getNamespaceURI())) {
                    // mc:AlternateContent and the like: in a run, a drawing in two vocabularies.
                    picture();
                    continue;
                }
                switch (child.getLocalName()) {
                    case "t" -> text(rPr, child.getTextContent(), hyperlinkUrl);
                    case "tab", "ptab" -> text(rPr, "\t", hyperlinkUrl);
                    case "br", "cr" -> text(rPr, "\n", hyperlinkUrl);
                    case "noBreakHyphen" -> text(rPr, "\u2011", hyperlinkUrl);
                    case "softHyphen" -> text(rPr, "\u00AD", hyperlinkUrl);
                    case "sym" -> symbol(rPr, child, hyperlinkUrl);
                    case "fldChar" -> fieldCharacter(child, hyperlinkUrl);
                    case "instrText" -> {
                        if (!fields.isEmpty() && !fields.peek().showing) {
                            fields.peek().instruction.append(child.getTextContent());
                        }
                    }
                    case "drawing", "pict", "object" -> picture();
                    case "footnoteReference", "endnoteReference" -> {
                        if (!inInstruction()) {
                            unsupported.add("holds a footnote, which a bulletin cannot hold; write it into the text");
                        }
                    }
                    // rPr, lastRenderedPageBreak, commentReference, annotationRef, separators: no text of their own.
                    default -> {
                    }
                }
            }
        }

        private void picture() {
            if (!inInstruction()) {
                unsupported.add("holds a picture, which a bulletin cannot hold; remove it");
            }
        }

        private void symbol(Element rPr, Element sym, String url) {
            try {
                text(rPr, Character.toString(Integer.parseInt(attribute(sym, "char"), 16)), url);
            } catch (IllegalArgumentException e) {
                unsupported.add("holds a symbol " + ReadProblems.quote(attribute(sym, "char"))
                        + " that is not a character; type it instead");
            }
        }

        private void fieldCharacter(Element fldChar, String url) {
            switch (attribute(fldChar, "fldCharType")) {
                case "begin" -> fields.push(new Field());
                case "separate" -> {
                    if (!fields.isEmpty()) {
                        Field field = fields.peek();
                        field.showing = true;
                        FieldInstruction instruction = FieldInstruction.parse(field.instruction.toString());
                        field.url = fieldUrl(instruction, "");
                        field.anchor = internalAnchor(instruction);
                    }
                }
                case "end" -> {
                    if (!fields.isEmpty()) {
                        fields.pop();
                    }
                }
                default -> {
                }
            }
        }

        /** Within a field's instruction, which Word does not show. */
        private boolean inInstruction() {
            return fields.stream().anyMatch(field -> !field.showing);
        }

        private void text(Element rPr, String text, String hyperlinkUrl) {
            if (text.isEmpty() || inInstruction()) {
                return;
            }
            String url = fields.stream().map(field -> field.url).filter(u -> !u.isEmpty()).findFirst()
                    .orElse(hyperlinkUrl);
            Element rStyle = rPr == null ? null : child(rPr, "rStyle");
            String style = rStyle == null ? "" : attribute(rStyle, "val");
            if (url.isEmpty() && !lastUrl.isEmpty() && style.equals(lastStyle) && styles.isHyperlink(style)) {
                // LibreOffice writes a link with a fragment as a HYPERLINK field that it ends after the first run
                // of the link's text; the runs after it keep the link's style, and LibreOffice shows them as link.
                url = lastUrl;
            }
            lastUrl = url;
            lastStyle = style;
            String place = fields.stream().map(field -> field.anchor).filter(a -> !a.isEmpty()).findFirst()
                    .orElse(anchor);
            pieces.add(new Piece(text, styles.emphasis(rPr, style, !url.isEmpty()), url, styles.isLinkPrefix(style),
                    place, LanguageAttribute.read(rPr, text)));
        }
    }
}
