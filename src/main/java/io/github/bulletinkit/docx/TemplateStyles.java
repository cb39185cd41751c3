package io.github.bulletinkit.docx;

import static io.github.bulletinkit.docx.WordXml.attribute;
import static io.github.bulletinkit.docx.WordXml.child;
import static io.github.bulletinkit.docx.WordXml.children;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Merges a Word template's styles with BulletinKit's: the template's document defaults and styles win, and
 * BulletinKit's fill in what the template says nothing of (a style it lacks, a default font or size it leaves
 * out). The default language stays the bulletin's, which the Word reader reads back. Styles are matched by id.
 */
final class TemplateStyles {

    /** The order WordprocessingML gives a run's properties; Word refuses them out of order. */
    private static final List<String> RUN_ORDER = List.of("rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps",
            "smallCaps", "strike", "dstrike", "outline", "shadow", "emboss", "imprint", "noProof", "snapToGrid",
            "vanish", "webHidden", "color", "spacing", "w", "kern", "position", "sz", "szCs", "highlight", "u",
            "effect", "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout",
            "specVanish", "oMath");
    /** The order of a paragraph's properties. */
    private static final List<String> PARAGRAPH_ORDER = List.of("pStyle", "keepNext", "keepLines",
            "pageBreakBefore", "framePr", "widowControl", "numPr", "suppressLineNumbers", "pBdr", "shd", "tabs",
            "suppressAutoHyphens", "kinsoku", "wordWrap", "overflowPunct", "topLinePunct", "autoSpaceDE",
            "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid", "spacing", "ind", "contextualSpacing",
            "mirrorIndents", "suppressOverlap", "jc", "textDirection", "textAlignment", "textboxTightWrap",
            "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange");

    private TemplateStyles() {
    }

    /** Merges {@code ours} into {@code template}, which becomes the document's styles. */
    static void merge(Document template, Document ours) {
        Element root = template.getDocumentElement();
        Element ourRoot = ours.getDocumentElement();
        defaults(root, child(ourRoot, "docDefaults"));
        Set<String> ids = new HashSet<>();
        Set<String> defaultTypes = new HashSet<>();
        for (Element style : children(root)) {
            if (WordXml.is(style, "style")) {
                ids.add(attribute(style, "styleId"));
                String isDefault = attribute(style, "default");
                if (isDefault.equals("1") || isDefault.equals("true") || isDefault.equals("on")) {
                    defaultTypes.add(attribute(style, "type"));
                }
            }
        }
        for (Element style : children(ourRoot)) {
            if (!WordXml.is(style, "style") || ids.contains(attribute(style, "styleId"))) {
                continue;
            }
            Element copy = (Element) template.importNode(style, true);
            if (defaultTypes.contains(attribute(style, "type"))) {
                // The template's default style of this type stays the one default.
                copy.removeAttributeNS(WordXml.W, "default");
            }
            root.appendChild(copy);
        }
    }

    private static void defaults(Element root, Element ourDefaults) {
        Element defaults = child(root, "docDefaults");
        if (defaults == null) {
            root.insertBefore(root.getOwnerDocument().importNode(ourDefaults, true), root.getFirstChild());
            return;
        }
        Element runs = properties(defaults, ourDefaults, "rPrDefault", "rPr", 0);
        Element paragraphs = properties(defaults, ourDefaults, "pPrDefault", "pPr", 1);
        Element ourRuns = child(child(ourDefaults, "rPrDefault"), "rPr");
        fillIn(runs, ourRuns, RUN_ORDER);
        fillIn(paragraphs, child(child(ourDefaults, "pPrDefault"), "pPr"), PARAGRAPH_ORDER);
        // The bulletin's language, not the template's: it is the document's, and the reader reads it here.
        Element language = child(runs, "lang");
        if (language != null) {
            runs.removeChild(language);
        }
        insert(runs, runs.getOwnerDocument().importNode(child(ourRuns, "lang"), true), RUN_ORDER);
    }

    /** The template's {@code wrapper}/{@code name} in its defaults, made where it is missing. */
    private static Element properties(Element defaults, Element ourDefaults, String wrapper, String name,
            int position) {
        Element outer = child(defaults, wrapper);
        if (outer == null) {
            outer = defaults.getOwnerDocument().createElementNS(WordXml.W, "w:" + wrapper);
            defaults.insertBefore(outer, position == 0 ? defaults.getFirstChild() : null);
        }
        Element inner = child(outer, name);
        if (inner == null) {
            inner = defaults.getOwnerDocument().createElementNS(WordXml.W, "w:" + name);
            outer.appendChild(inner);
        }
        return inner;
    }

    /** Adds to {@code theirs} each of {@code ours}' properties that it lacks, in the schema's order. */
    private static void fillIn(Element theirs, Element ours, List<String> order) {
        for (Element property : children(ours)) {
            if (child(theirs, property.getLocalName()) == null) {
                insert(theirs, theirs.getOwnerDocument().importNode(property, true), order);
            }
        }
    }

    private static void insert(Element parent, Node property, List<String> order) {
        int rank = order.indexOf(property.getLocalName());
        for (Element sibling : children(parent)) {
            int other = order.indexOf(sibling.getLocalName());
            if (other > rank) {
                parent.insertBefore(property, sibling);
                return;
            }
        }
        parent.appendChild(property);
    }
}
