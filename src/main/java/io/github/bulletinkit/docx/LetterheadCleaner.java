package io.github.bulletinkit.docx;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.transform.TransformerException;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.poi.util.XMLHelper;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Takes out of a template's header or footer what a bulletin must not carry: tracked changes (accepted, so the
 * header reads as its owner sees it with changes shown as final), comments, custom XML and its data bindings,
 * and the pictures and objects whose relationships are left out (fetched from the network, or parts other than
 * pictures). Says what it took out, for the log. Not thread-safe; one a part.
 */
final class LetterheadCleaner {

    private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    /** Elements dropped whole: deleted text, moved-away text, and the records of changes of formatting. */
    private static final Set<String> DROPPED = Set.of("del", "moveFrom", "rPrChange", "pPrChange", "sectPrChange",
            "numberingChange", "tblPrChange", "tblPrExChange", "tblGridChange", "trPrChange", "tcPrChange", "cellIns",
            "cellDel", "cellMerge", "moveFromRangeStart", "moveFromRangeEnd", "moveToRangeStart", "moveToRangeEnd",
            "customXmlInsRangeStart", "customXmlInsRangeEnd", "customXmlDelRangeStart", "customXmlDelRangeEnd",
            "customXmlMoveFromRangeStart", "customXmlMoveFromRangeEnd", "customXmlMoveToRangeStart",
            "customXmlMoveToRangeEnd");
    /** Elements replaced by what they hold: inserted and moved-here text. */
    private static final Set<String> ACCEPTED = Set.of("ins", "moveTo");
    private static final Set<String> COMMENTS = Set.of("commentRangeStart", "commentRangeEnd", "annotationRef");

    private final String partName;
    private final Set<String> leftOut = new LinkedHashSet<>();

    LetterheadCleaner(String partName) {
        this.partName = partName;
    }

    /** What was taken out, one sentence each, for the log. */
    Set<String> leftOut() {
        return leftOut;
    }

    /** Cleans {@code part} in place; {@code droppedIds} are the relationships not copied with it. */
    void clean(Document part, Set<String> droppedIds) {
        for (Element element : all(part)) {
            if (element.getParentNode() == null || !inDocument(element)) {
                continue; // inside something already taken out
            }
            String name = element.getLocalName();
            if (WordXml.W.equals(element.getNamespaceURI())) {
                cleanWord(element, name);
            }
            if (inDocument(element)) {
                cleanReferences(element, droppedIds);
            }
        }
    }

    private void cleanWord(Element element, String name) {
        if (DROPPED.contains(name)) {
            remove(element);
            leftOut.add("its tracked changes in " + partName + " (accepted: insertions kept, deletions gone)");
        } else if (ACCEPTED.contains(name)) {
            unwrap(element);
            leftOut.add("its tracked changes in " + partName + " (accepted: insertions kept, deletions gone)");
        } else if (COMMENTS.contains(name)) {
            remove(element);
            leftOut.add("the comments in " + partName);
        } else if (name.equals("commentReference")) {
            // The reference is a run of its own, which shows the comment's mark.
            Node run = element.getParentNode();
            remove(WordXml.is(run, "r") ? (Element) run : element);
            leftOut.add("the comments in " + partName);
        } else if (name.equals("customXml")) {
            unwrap(element);
            leftOut.add("the custom XML in " + partName);
        } else if (name.equals("customXmlPr") || name.equals("dataBinding")) {
            remove(element);
            leftOut.add("the custom XML in " + partName);
        }
    }

    /** Takes out what refers to a relationship left out: the picture or object, or only the reference. */
    private void cleanReferences(Element element, Set<String> droppedIds) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = attributes.getLength() - 1; i >= 0; i--) {
            Attr attribute = (Attr) attributes.item(i);
            if (!WordXml.R.equals(attribute.getNamespaceURI()) || !droppedIds.contains(attribute.getValue())) {
                continue;
            }
            // A linked picture that is also embedded keeps its embedded copy; a hyperlink keeps its text.
            boolean embedded = attribute.getLocalName().equals("link")
                    && !element.getAttributeNS(WordXml.R, "embed").isEmpty()
                    && !droppedIds.contains(element.getAttributeNS(WordXml.R, "embed"));
            if (embedded || WordXml.is(element, "hyperlink")) {
                element.removeAttributeNode(attribute);
                continue;
            }
            Element container = container(element);
            // Why its relationship was left out is said where it was, once however often it is referred to.
            remove(container);
            return;
        }
    }

    /** The picture or object that {@code element} belongs to, as a whole: its alternatives too. */
    private static Element container(Element element) {
        Element found = element;
        for (Node node = element; node instanceof Element ancestor; node = node.getParentNode()) {
            if (MC.equals(ancestor.getNamespaceURI()) && ancestor.getLocalName().equals("AlternateContent")) {
                return ancestor;
            }
            if (WordXml.is(ancestor, "drawing") || WordXml.is(ancestor, "pict") || WordXml.is(ancestor, "object")) {
                found = ancestor;
            }
            if (WordXml.is(ancestor, "p") || WordXml.is(ancestor, "hdr") || WordXml.is(ancestor, "ftr")) {
                break;
            }
        }
        return found;
    }

    /** The part as XML in UTF-8. */
    static byte[] serialized(Document part) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLHelper.newTransformer().transform(new DOMSource(part), new StreamResult(out));
        } catch (TransformerException e) {
            throw new IllegalStateException("a parsed header cannot be written again: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static List<Element> all(Document part) {
        NodeList found = part.getElementsByTagNameNS("*", "*");
        List<Element> elements = new ArrayList<>(found.getLength());
        for (int i = 0; i < found.getLength(); i++) {
            elements.add((Element) found.item(i));
        }
        return elements;
    }

    private static boolean inDocument(Node node) {
        Node at = node;
        while (at.getParentNode() != null) {
            at = at.getParentNode();
        }
        return at.getNodeType() == Node.DOCUMENT_NODE;
    }

    private static void remove(Element element) {
        element.getParentNode().removeChild(element);
    }

    private static void unwrap(Element element) {
        Node parent = element.getParentNode();
        while (element.getFirstChild() != null) {
            parent.insertBefore(element.getFirstChild(), element);
        }
        parent.removeChild(element);
    }
}
