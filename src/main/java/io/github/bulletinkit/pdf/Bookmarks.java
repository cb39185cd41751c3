package io.github.bulletinkit.pdf;

import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfIndirectReference;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;

/**
 * The document's bookmarks: one a row, under its section's bookmark when the bulletin has sections. Each is
 * written out as soon as the next one at its level is known, and a section's once its last row's is. OpenPDF's
 * own outline keeps every item, its title and its destination until the document closes: some 900 bytes an
 * entry, 8 MB of a bulletin of 9,000. Here only the last item of each level waits, for the reference of the one
 * after it. Belongs to one render.
 */
final class Bookmarks {

    private final CompletingWriter writer;
    private PdfIndirectReference root;
    private Level outer;
    // The bookmarks under the open section's; null while rows' bookmarks go at the top.
    private Level section;
    // Every item, since sections are shown open: the outline's count.
    private int count;

    Bookmarks(CompletingWriter writer) {
        this.writer = writer;
    }

    /** A section's bookmark to the point ({@code left}, {@code top}) of the page being drawn: the rows' go under it. */
    void section(String title, float left, float top) {
        closeSection();
        Level sections = outer();
        PdfIndirectReference reference = sections.add(title, left, top);
        section = new Level(reference, sections.last);
    }

    /** A bookmark called {@code title} to the point ({@code left}, {@code top}) of the page being drawn. */
    void add(String title, float left, float top) {
        (section == null ? outer() : section).add(title, left, top);
    }

    /** Writes the last items and the outline's root, and names the root in the catalog; before the document closes. */
    void finish() {
        if (root == null) {
            return;
        }
        closeSection();
        outer.close();
        PdfDictionary outlines = new PdfDictionary(PdfName.OUTLINES);
        outlines.put(PdfName.FIRST, outer.first);
        outlines.put(PdfName.LAST, outer.lastReference);
        outlines.put(PdfName.COUNT, new PdfNumber(count));
        writer.write(outlines, root);
        writer.getExtraCatalog().put(PdfName.OUTLINES, root);
        root = null;
    }

    /** The outline's own items: the sections', or the rows' in a bulletin without sections. */
    private Level outer() {
        if (root == null) {
            root = writer.getPdfIndirectReference();
            outer = new Level(root, null);
        }
        return outer;
    }

    private void closeSection() {
        if (section != null) {
            section.close();
            section = null;
        }
    }

    /** The items under one parent, in order; the last waits to be written until the next comes or the level closes. */
    private final class Level {
        private final PdfIndirectReference parent;
        // The parent's item, which learns its first, last and count at the end; null for the outline's root.
        private final PdfDictionary parentItem;
        private PdfIndirectReference first;
        private PdfDictionary last;
        private PdfIndirectReference lastReference;
        private int items;

        Level(PdfIndirectReference parent, PdfDictionary parentItem) {
            this.parent = parent;
            this.parentItem = parentItem;
        }

        PdfIndirectReference add(String title, float left, float top) {
            PdfIndirectReference reference = writer.getPdfIndirectReference();
            PdfDestination destination = new PdfDestination(PdfDestination.XYZ, left, top, 0);
            destination.addPage(writer.getCurrentPage());
            PdfDictionary item = new PdfDictionary();
            item.put(PdfName.TITLE, new PdfString(title, PdfObject.TEXT_UNICODE));
            item.put(PdfName.PARENT, parent);
            item.put(PdfName.DEST, destination);
            if (last == null) {
                first = reference;
            } else {
                item.put(PdfName.PREV, lastReference);
                last.put(PdfName.NEXT, reference);
                writer.write(last, lastReference);
            }
            last = item;
            lastReference = reference;
            items++;
            count++;
            return reference;
        }

        /** Writes the last item; tells the parent's item its kids, shown open. */
        void close() {
            if (last == null) {
                return;
            }
            writer.write(last, lastReference);
            if (parentItem != null) {
                parentItem.put(PdfName.FIRST, first);
                parentItem.put(PdfName.LAST, lastReference);
                parentItem.put(PdfName.COUNT, new PdfNumber(items));
            }
            last = null;
        }
    }
}
