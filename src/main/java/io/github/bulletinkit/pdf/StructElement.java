package io.github.bulletinkit.pdf;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfIndirectReference;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;

/**
 * An element of the structure tree: its dictionary and the reference it is written to. Its kids, in reading
 * order, are the references of child elements, marked content and whole objects (link annotations), mixed as
 * the text needs: a paragraph holds its own text and the links inside it. It knows its parent's reference from
 * the start, so it can be written as soon as it is finished rather than when the document closes.
 */
final class StructElement {

    private static final PdfName STRUCT_ELEM = new PdfName("StructElem");

    private final PdfDictionary dictionary = new PdfDictionary(STRUCT_ELEM);
    private final PdfIndirectReference reference;
    private final PdfName role;
    private final PdfArray kids = new PdfArray();
    // The page of its first marked content: a kid on that page is a bare id, on any other a reference.
    private PdfIndirectReference page;

    StructElement(CompletingWriter writer, PdfName role, PdfIndirectReference parent) {
        this.reference = writer.getPdfIndirectReference();
        this.role = role;
        dictionary.put(PdfName.S, role);
        dictionary.put(PdfName.P, parent);
        dictionary.put(PdfName.K, kids);
    }

    PdfIndirectReference reference() {
        return reference;
    }

    PdfName role() {
        return role;
    }

    /** An attribute of the element, such as its {@code /Alt} text. */
    void put(PdfName key, PdfObject value) {
        dictionary.put(key, value);
    }

    void addKid(StructElement kid) {
        kids.add(kid.reference);
    }

    /** The marked content {@code mcid} of {@code onPage}. */
    void addContent(int mcid, PdfIndirectReference onPage) {
        if (page == null) {
            page = onPage;
            dictionary.put(PdfName.PG, onPage);
        }
        if (onPage == page) {
            kids.add(new PdfNumber(mcid));
        } else {
            PdfDictionary content = new PdfDictionary(PdfName.MCR);
            content.put(PdfName.PG, onPage);
            content.put(PdfName.MCID, new PdfNumber(mcid));
            kids.add(content);
        }
    }

    /** A whole object of {@code onPage}, such as a link annotation. */
    void addObject(PdfIndirectReference object, PdfIndirectReference onPage) {
        PdfDictionary content = new PdfDictionary(PdfName.OBJR);
        content.put(PdfName.OBJ, object);
        content.put(PdfName.PG, onPage);
        kids.add(content);
    }

    void write(CompletingWriter writer) {
        writer.write(dictionary, reference);
    }
}
