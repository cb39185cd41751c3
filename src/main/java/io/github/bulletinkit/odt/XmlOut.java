package io.github.bulletinkit.odt;

import java.io.ByteArrayOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * One XML part being written, through the JDK's streaming writer, with names as {@code prefix:local}: every
 * prefix is one of {@link OdfNames}, declared once on the part's root. Elements and attributes are written
 * without the writer's namespace bookkeeping, which would cost more than the writing. Writes to memory, so a
 * failure is a bug here, not the caller's: it is unchecked. Belongs to one render; not thread-safe.
 */
final class XmlOut {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final XMLStreamWriter writer;

    /** A part; {@code declaration} says whether it starts with the XML declaration, as a whole part does. */
    XmlOut(boolean declaration) {
        try {
            writer = FACTORY.createXMLStreamWriter(bytes, "UTF-8");
            if (declaration) {
                writer.writeStartDocument("UTF-8", "1.0");
            }
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write XML in memory", e);
        }
    }

    /** Starts the root element {@code name}, declaring every namespace of an OpenDocument part on it. */
    XmlOut root(String name) {
        start(name);
        OdfNames.NAMESPACES.forEach((prefix, uri) -> attribute("xmlns:" + prefix, uri));
        return attribute("office:version", "1.3");
    }

    XmlOut start(String name) {
        try {
            writer.writeStartElement(name);
        } catch (XMLStreamException e) {
            throw failed(e);
        }
        return this;
    }

    XmlOut empty(String name) {
        try {
            writer.writeEmptyElement(name);
        } catch (XMLStreamException e) {
            throw failed(e);
        }
        return this;
    }

    XmlOut attribute(String name, String value) {
        try {
            writer.writeAttribute(name, value);
        } catch (XMLStreamException e) {
            throw failed(e);
        }
        return this;
    }

    XmlOut text(String text) {
        try {
            writer.writeCharacters(text);
        } catch (XMLStreamException e) {
            throw failed(e);
        }
        return this;
    }

    XmlOut end() {
        try {
            writer.writeEndElement();
        } catch (XMLStreamException e) {
            throw failed(e);
        }
        return this;
    }

    /** Writes {@code fragment}, XML written by another {@code XmlOut} without its declaration, as it is. */
    XmlOut raw(byte[] fragment) {
        try {
            // No characters, but the start tag before them is closed, which the writer otherwise leaves open.
            writer.writeCharacters("");
            writer.flush();
        } catch (XMLStreamException e) {
            throw failed(e);
        }
        bytes.writeBytes(fragment);
        return this;
    }

    /** The part's bytes, its elements closed. */
    byte[] bytes() {
        try {
            writer.writeEndDocument();
            writer.flush();
        } catch (XMLStreamException e) {
            throw failed(e);
        }
        return bytes.toByteArray();
    }

    private static IllegalStateException failed(XMLStreamException e) {
        return new IllegalStateException("cannot write XML in memory: " + e.getMessage(), e);
    }
}
