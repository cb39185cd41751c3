package io.github.bulletinkit.docx;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The external relationships that a document's hyperlinks point to, one per distinct URL. Ids are numbered in
 * order of first use ({@code link1}, {@code link2}, ...) rather than left to chance, so that output is
 * reproducible; a survey of the body numbers them all before the relationships are written, and the body takes
 * them. Belongs to one render; not thread-safe.
 */
final class Hyperlinks {

    private final Map<String, String> ids = new LinkedHashMap<>();

    /** The relationship id for {@code url}, numbered on first use. */
    String id(String url) {
        return ids.computeIfAbsent(url, added -> "link" + (ids.size() + 1));
    }

    /** Each URL with its id, in order of first use. */
    Map<String, String> ids() {
        return Collections.unmodifiableMap(ids);
    }
}
