package io.github.bulletinkit.odt;

import java.util.Map;
import java.util.TreeMap;

/**
 * The namespaces of OpenDocument 1.3 that BulletinKit writes and reads, by the prefixes LibreOffice gives them,
 * and the names of the package's parts.
 */
final class OdfNames {

    static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    static final String DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
    static final String FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
    static final String XLINK = "http://www.w3.org/1999/xlink";
    static final String DC = "http://purl.org/dc/elements/1.1/";
    static final String META = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0";
    static final String SVG = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0";
    static final String MANIFEST = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0";

    /** Every namespace a part's root declares, by prefix, in a fixed order so that the bytes are too. */
    static final Map<String, String> NAMESPACES = new TreeMap<>(Map.of("office", OFFICE, "style", STYLE, "text",
            TEXT, "table", TABLE, "draw", DRAW, "fo", FO, "xlink", XLINK, "dc", DC, "meta", META, "svg", SVG));

    static final String MEDIA_TYPE = "application/vnd.oasis.opendocument.text";
    static final String MIMETYPE = "mimetype";
    static final String MANIFEST_PART = "META-INF/manifest.xml";
    static final String CONTENT = "content.xml";
    static final String STYLES = "styles.xml";
    static final String META_PART = "meta.xml";

    private OdfNames() {
    }
}
