package io.github.bulletinkit.pdf;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfIndirectReference;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import java.util.ArrayList;
import java.util.List;

/**
 * The structure tree's parent tree, which leads from content to its element: for each page, the element of
 * each of its marked-content ids; for each link annotation, its {@code Link} element. Keys are given out in
 * order, so the number tree's leaves are written as they fill, at the end of a page, when every value in them
 * is complete. OpenPDF's own parent tree keeps every entry until the document closes, and copies them all then:
 * some 2 KB an entry of a bulletin.
 */
final class ParentTree {

    // Entries a node of the number tree holds.
    private static final int NODE_SIZE = 64;

    private final CompletingWriter writer;
    private int nextKey;
    private int pageKey = -1;
    private PdfArray pageElements;
    private PdfArray entries = new PdfArray();
    private int firstKey;
    private int entryCount;
    private final List<Node> leaves = new ArrayList<>();

    /** A written node of the number tree and the keys it spans. */
    private record Node(PdfIndirectReference reference, int first, int last) {
    }

    ParentTree(CompletingWriter writer) {
        this.writer = writer;
    }

    /** Files {@code element} as the owner of the next marked content of this page, and returns its id there. */
    int mark(PdfIndirectReference element) {
        if (pageKey < 0) {
            pageKey = nextKey;
            pageElements = new PdfArray();
            add(pageElements);
        }
        pageElements.add(element);
        return pageElements.size() - 1;
    }

    /** A key for an object, such as an annotation, whose element is {@code element}. */
    int objectKey(PdfIndirectReference element) {
        int key = nextKey;
        add(element);
        return key;
    }

    /** The key of the page being finished, for its {@code /StructParents}; -1 when it has no marked content. */
    int pageKey() {
        return pageKey;
    }

    /** The page is written: every entry so far is complete, and full leaves can go. */
    void pageWritten() {
        pageKey = -1;
        pageElements = null;
        if (entryCount >= NODE_SIZE) {
            writeLeaf();
        }
    }

    /** The key the next entry would have. */
    int nextKey() {
        return nextKey;
    }

    /** Writes what is left and the tree's root, after the last page; returns the root's reference. */
    PdfIndirectReference finish() {
        if (entryCount > 0) {
            writeLeaf();
        }
        List<Node> level = leaves;
        while (level.size() > NODE_SIZE) {
            List<Node> above = new ArrayList<>();
            for (int start = 0; start < level.size(); start += NODE_SIZE) {
                List<Node> kids = level.subList(start, Math.min(start + NODE_SIZE, level.size()));
                PdfDictionary node = new PdfDictionary();
                node.put(PdfName.KIDS, references(kids));
                above.add(write(node, kids.get(0).first(), kids.get(kids.size() - 1).last()));
            }
            level = above;
        }
        PdfDictionary root = new PdfDictionary();
        if (level.isEmpty()) {
            root.put(PdfName.NUMS, new PdfArray());
        } else {
            root.put(PdfName.KIDS, references(level));
        }
        return writer.write(root);
    }

    private void add(PdfObject value) {
        if (entryCount == 0) {
            firstKey = nextKey;
        }
        entries.add(new PdfNumber(nextKey));
        entries.add(value);
        entryCount++;
        nextKey++;
    }

    private void writeLeaf() {
        PdfDictionary leaf = new PdfDictionary();
        leaf.put(PdfName.NUMS, entries);
        leaves.add(write(leaf, firstKey, nextKey - 1));
        entries = new PdfArray();
        entryCount = 0;
    }

    private static PdfArray references(List<Node> nodes) {
        PdfArray references = new PdfArray();
        nodes.forEach(node -> references.add(node.reference()));
        return references;
    }

    private Node write(PdfDictionary node, int first, int last) {
        PdfArray limits = new PdfArray();
        limits.add(new PdfNumber(first));
        limits.add(new PdfNumber(last));
        node.put(PdfName.LIMITS, limits);
        return new Node(writer.write(node), first, last);
    }

}
