package io.github.bulletinkit.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFRelation;

/**
 * The main document's relationships part, written as it is zipped: POI's relationships to the parts it made
 * (the styles, the settings, the images, the footers and headers, the theme), taken from its package as they are,
 * and one for each hyperlink's address, which in POI would cost an object and, when written, a DOM element each.
 * Ordered by id, as POI orders them; each relationship's attributes in the order of their names. Belongs to one
 * render.
 */
final class DocumentRelationships {

    static final String NAME = "word/_rels/document.xml.rels";

    private static final String NAMESPACE = "http://schemas.openxmlformats.org/package/2006/relationships";

    // Each relationship's attributes, names and values in turn, under its id.
    private final Map<String, String[]> relationships = new TreeMap<>();

    /** The relationships of POI's {@code document} part, where they are now, and those of {@code hyperlinks}. */
    DocumentRelationships(PackagePart document, Hyperlinks hyperlinks) throws IOException {
        try {
            for (PackageRelationship relationship : document.getRelationships()) {
                // A target is written relative to the document, as POI writes it, unless it is an address.
                String target = relationship.getTargetMode() == TargetMode.EXTERNAL
                        ? relationship.getTargetURI().toString()
                        : PackagingURIHelper.relativizeURI(document.getPartName().getURI(),
                                relationship.getTargetURI(), true).toString();
                relationships.put(relationship.getId(), relationship.getTargetMode() == TargetMode.EXTERNAL
                        ? new String[] {"Id", relationship.getId(), "Target", target, "TargetMode", "External",
                            "Type", relationship.getRelationshipType()}
                        : new String[] {"Id", relationship.getId(), "Target", target,
                            "Type", relationship.getRelationshipType()});
            }
        } catch (InvalidFormatException e) {
            throw new IOException("POI cannot list the document's relationships: " + e.getMessage(), e);
        }
        hyperlinks.ids().forEach((url, id) -> relationships.put(id, new String[] {"Id", id, "Target", url,
            "TargetMode", "External", "Type", XWPFRelation.HYPERLINK.getRelation()}));
    }

    /** Writes the part into {@code out}, and leaves it open. */
    void write(OutputStream out) throws IOException {
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
