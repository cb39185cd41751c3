package io.github.bulletinkit.docx;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The names of WordprocessingML and how to walk its elements. The reader walks a plain DOM rather than POI's
 * XML beans, so that elements the schema does not expect where an editor put them are still seen.
 */
final class WordXml {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private WordXml() {
    }

    /** The child elements of {@code parent}, in order. */
    static List<Element> children(Node parent) {
        List<Element> children = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                children.add(element);
            }
        }
        return children;
    }

    /** Whether {@code node} is the WordprocessingML element {@code localName}. */
    static boolean is(Node node, String localName) {
        return node instanceof Element element && W.equals(element.getNamespaceURI())
                && localName.equals(element.getLocalName());
    }

    /** The WordprocessingML elements {@code localName} below {@code parent}, at any depth, in order. */
    static List<Element> descendants(Element parent, String localName) {
        NodeList found = parent.getElementsByTagNameNS(W, localName);
        List<Element> elements = new ArrayList<>(found.getLength());
        for (int i = 0; i < found.getLength(); i++) {
            elements.add((Element) found.item(i));
        }
        return elements;
    }

    /** The first child element {@code localName} of {@code parent}, or null. */
    static Element child(Element parent, String localName) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (is(child, localName)) {
                return (Element) child;
            }
        }
        return null;
    }

    /** The attribute {@code w:name} of {@code element}; empty when it has none. */
    static String attribute(Element element, String name) {
        return element.getAttributeNS(W, name);
    }

    /** The id of a paragraph's style; empty when it has none. */
    static String paragraphStyle(Element paragraph) {
        Element properties = child(paragraph, "pPr");
        Element style = properties == null ? null : child(properties, "pStyle");
        return style == null ? "" : attribute(style, "val");
    }

    /** A toggle such as {@code w:b}: on unless its value says off. */
    static boolean on(Element toggle) {
        String value = attribute(toggle, "val");
        return !(value.equals("0") || value.equals("false") || value.equals("off"));
    }

    /** Whether some element below {@code element} holds text ({@code w:t} and its kin in other vocabularies). */
    static boolean holdsText(Element element) {
        return element.getElementsByTagNameNS("*", "t").getLength() > 0;
    }
}
