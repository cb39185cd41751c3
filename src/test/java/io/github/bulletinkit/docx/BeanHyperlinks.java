package io.github.bulletinkit.docx;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xwpf.usermodel.XWPFRelation;

/** The bean-based writer's hyperlinks, as {@code Hyperlinks} added them before the body was streamed. */
final class BeanHyperlinks {

    private final PackagePart part;
    private final Map<String, String> ids = new HashMap<>();

    BeanHyperlinks(PackagePart part) {
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
