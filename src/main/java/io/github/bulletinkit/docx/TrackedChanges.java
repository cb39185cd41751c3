package io.github.bulletinkit.docx;

import io.github.bulletinkit.reading.ReadProblems;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Finds tracked changes. A document with changes not yet accepted or rejected holds two texts, and which one the
 * bulletin should be is for a person to say, so it is refused.
 */
final class TrackedChanges {

    /** The elements that record a change, by what a person calls the change. */
    private static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry("ins", "an insertion"), Map.entry("del", "a deletion"),
            Map.entry("moveFrom", "a move"), Map.entry("moveTo", "a move"),
            Map.entry("moveFromRangeStart", "a move"), Map.entry("moveToRangeStart", "a move"),
            Map.entry("rPrChange", "a change of formatting"), Map.entry("pPrChange", "a change of formatting"),
            Map.entry("sectPrChange", "a change of formatting"), Map.entry("numberingChange", "a change of numbering"),
            Map.entry("tblPrChange", "a change of the table"), Map.entry("tblPrExChange", "a change of the table"),
            Map.entry("tblGridChange", "a change of the table"), Map.entry("trPrChange", "a change of the table"),
            Map.entry("tcPrChange", "a change of the table"), Map.entry("cellIns", "a change of the table"),
            Map.entry("cellDel", "a change of the table"), Map.entry("cellMerge", "a change of the table"),
            Map.entry("customXmlInsRangeStart", "an insertion"), Map.entry("customXmlDelRangeStart", "a deletion"),
            Map.entry("customXmlMoveFromRangeStart", "a move"), Map.entry("customXmlMoveToRangeStart", "a move"));

    private TrackedChanges() {
    }

    /** Reports the tracked changes under {@code body}, if there are any; whether there were. */
    static boolean report(Element body, ReadProblems problems) {
        NodeList elements = body.getElementsByTagNameNS(WordXml.W, "*");
        int count = 0;
        Element first = null;
        for (int i = 0; i < elements.getLength(); i++) {
            Element element = (Element) elements.item(i);
            if (KINDS.containsKey(element.getLocalName())) {
                count++;
                first = first == null ? element : first;
            }
        }
        if (first != null) {
            problems.at("", "holds " + (count == 1 ? "a tracked change" : count + " tracked changes") + " (the first, "
                    + KINDS.get(first.getLocalName()) + ", " + where(body, first) + "); accept or reject them first (in"
                    + " Word: Review, Accept or Reject; in LibreOffice: Edit, Track Changes, Manage), save the"
                    + " document and import it again");
        }
        return first != null;
    }

    /**
     * Which row of which table a change is in, counted as {@link BodyReader} counts them: each of several tables
     * is a section's.
     */
    private static String where(Element body, Element change) {
        List<Element> tables = new ArrayList<>();
        CellContent.blocks(body, tables);
        tables.removeIf(block -> !WordXml.is(block, "tbl"));
        for (Node node = change; node != null; node = node.getParentNode()) {
            if (WordXml.is(node, "tr")) {
                int row = 1;
                for (Node before = node.getPreviousSibling(); before != null; before = before.getPreviousSibling()) {
                    row += WordXml.is(before, "tr") ? 1 : 0;
                }
                return tables.size() > 1 ? "in section " + (section(tables, node) + 1) + ", table row " + row
                        : "in table row " + row;
            }
        }
        return tables.size() > 1 ? "outside the tables" : "outside the table";
    }

    /** The index among the body's {@code tables} of the one that holds {@code row}. */
    private static int section(List<Element> tables, Node row) {
        Node node = row;
        while (node != null && !tables.contains(node)) {
            node = node.getParentNode();
        }
        return tables.indexOf(node);
    }
}
