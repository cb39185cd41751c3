package io.github.bulletinkit.docx;

import static io.github.bulletinkit.docx.WordXml.child;
import static io.github.bulletinkit.docx.WordXml.children;

import io.github.bulletinkit.reading.ReadProblems;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/**
 * The blocks of the body or of a table cell, in order, looking through the content controls and custom XML
 * that wrap them.
 */
final class CellContent {

    private CellContent() {
    }

    /** Adds the paragraphs and tables of {@code parent} to {@code blocks}. */
    static void blocks(Element parent, List<Element> blocks) {
        for (Element child : children(parent)) {
            if (WordXml.is(child, "p") || WordXml.is(child, "tbl")) {
                blocks.add(child);
            } else if (WordXml.is(child, "sdt")) {
                Element content = child(child, "sdtContent");
                if (content != null) {
                    blocks(content, blocks);
                }
            } else if (WordXml.is(child, "customXml")) {
                blocks(child, blocks);
            }
            // tcPr, sectPr, bookmarks and the like hold no text.
        }
    }

    /** Adds the children {@code localName} of {@code parent}, such as a table's rows, looking through wrappers. */
    static void elements(Element parent, String localName, List<Element> found) {
        for (Element child : children(parent)) {
            if (WordXml.is(child, localName)) {
                found.add(child);
            } else if (WordXml.is(child, "sdt")) {
                Element content = child(child, "sdtContent");
                if (content != null) {
                    elements(content, localName, found);
                }
            } else if (WordXml.is(child, "customXml")) {
                elements(child, localName, found);
            }
        }
    }

    /** Adds the paragraphs of a cell to {@code paragraphs}; a table inside the cell is reported at {@code place}. */
    static void paragraphs(Element cell, List<Element> paragraphs, String place, ReadProblems problems) {
        List<Element> blocks = new ArrayList<>();
        blocks(cell, blocks);
        for (Element block : blocks) {
            if (WordXml.is(block, "tbl")) {
                problems.at(place, "holds a table of its own, which a bulletin cannot hold; move its text into the"
                        + " cell's paragraphs");
            } else {
                paragraphs.add(block);
            }
        }
    }
}
