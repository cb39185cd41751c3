package io.github.bulletinkit.docx;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xwpf.usermodel.XWPFRelation;

/**
 * The external relationships that a document's hyperlinks point to, one per distinct URL. Ids are numbered in
 * order of first use ({@code link1}, {@code link2}, ...) rather than left to chance, so that output is
 * reproducible. Belongs to one render; not thread-safe.
 */
final class Hyperlinks {

    private final PackagePart part;
    private final Map<String, String> ids = new HashMap<>();

    Hyperlinks(PackagePart part) {
        this.part = part;
    }

    /** The relationship id for {@code url}, added to the document on first use. */
    String id(String url) {
        String id = ids.get(url);
        if (id == null) {
            id = "link" + (ids.size() + 1);
            part.addExternalRelationship(url, XWPFRelation.HYPERLINK.getRelation(), id);
            ids.put(url, id);
        }
        return id;
    }
}
