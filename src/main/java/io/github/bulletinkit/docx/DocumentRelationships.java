package io.github.bulletinkit.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ooxml.util.DocumentHelper;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.xml.sax.SAXException;

/**
 * The main document's relationships part, written as it is zipped: POI's relationships to the parts it made
 * (the styles, the settings, the images, the footers and headers, the theme), and one for each hyperlink's
 * address, which in POI would cost an object and, when written, a DOM element each. Ordered by id, as POI orders
 * them. Belongs to one render.
 */
final class DocumentRelationships {

    static final String NAME = "word/_rels/document.xml.rels";

    private static final String NAMESPACE = "http://schemas.openxmlformats.org/package/2006/relationships";

    /** POI's part, without the hyperlinks. */
    private final byte[] made;
    private final Hyperlinks hyperlinks;

    DocumentRelationships(byte[] made, Hyperlinks hyperlinks) {
        this.made = made;
        this.hyperlinks = hyperlinks;
    }

    /** Writes the part into {@code out}, and leaves it open. */
    void write(OutputStream out) throws IOException {
        // Each relationship's attributes, names and values in turn, under its id.
        Map<String, String[]> relationships = new TreeMap<>();
        try {
            Element root = DocumentHelper.readDocument(new ByteArrayInputStream(made)).getDocumentElement();
            for (Element relationship : WordXml.children(root)) {
                NamedNodeMap attributes = relationship.getAttributes();
                String[] pairs = new String[attributes.getLength() * 2];
                for (int i = 0; i < attributes.getLength(); i++) {
                    Attr attribute = (Attr) attributes.item(i);
                    pairs[2 * i] = attribute.getName();
                    pairs[2 * i + 1] = attribute.getValue();
                }
                relationships.put(relationship.getAttribute("Id"), pairs);
            }
        } catch (SAXException e) {
            throw new IllegalStateException("POI wrote relationships that cannot be read: " + e.getMessage(), e);
        }
        hyperlinks.ids().forEach((url, id) -> relationships.put(id, new String[] {"Id", id, "Target", url,
            "TargetMode", "External", "Type", XWPFRelation.HYPERLINK.getRelation()}));
        try {
            WordStream xml = WordStream.start(out, "Relationships", NAMESPACE);
            for (String[] pairs : relationships.values()) {
                xml.empty("Relationship");
                for (int i = 0; i < pairs.length; i += 2) {
                    xml.attribute(pairs[i], pairs[i + 1]);
                }
            }
            xml.finish();
        } catch (UncheckedIOException e) {
            throw e.getCause(); // the stream's own, which WordStream wrapped
        }
    }
}
