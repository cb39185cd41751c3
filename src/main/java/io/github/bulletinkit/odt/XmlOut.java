package io.github.bulletinkit.odt;

import io.github.bulletinkit.writing.XmlStream;
import java.io.ByteArrayOutputStream;

/**
 * One OpenDocument part written in memory, with names as {@code prefix:local}: every prefix is one of
 * {@link OdfNames}, declared once on the part's root. Belongs to one render; not thread-safe.
 */
final class XmlOut extends XmlStream<XmlOut> {

    private final ByteArrayOutputStream bytes;

    /** A part; {@code declaration} says whether it starts with the XML declaration, as a whole part does. */
    XmlOut(boolean declaration) {
        this(new ByteArrayOutputStream(), declaration);
    }

    private XmlOut(ByteArrayOutputStream bytes, boolean declaration) {
        super(bytes, declaration);
        this.bytes = bytes;
    }

    @Override
    protected XmlOut self() {
        return this;
    }

    /** Starts the root element {@code name}, declaring every namespace of an OpenDocument part on it. */
    XmlOut root(String name) {
        start(name);
        OdfNames.NAMESPACES.forEach((prefix, uri) -> attribute("xmlns:" + prefix, uri));
        return attribute("office:version", "1.3");
    }

    /** Writes {@code fragment}, XML written by another {@code XmlOut} without its declaration, as it is. */
    XmlOut raw(byte[] fragment) {
        flush();
        bytes.writeBytes(fragment);
        return this;
    }

    /** The part's bytes, its elements closed. */
    byte[] bytes() {
        finish();
        return bytes.toByteArray();
    }
}
