package io.github.bulletinkit.writing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * One XML part written as it comes, with the JDK's streaming writer, so that a part of any length holds one
 * element at a time. Names are written as {@code prefix:local}, each prefix declared once on the root by the
 * format, without the writer's namespace bookkeeping, which would cost more than the writing. An
 * {@link IOException} of the stream below is thrown as an {@link UncheckedIOException} around it. Belongs to one
 * part; not thread-safe.
 *
 * @param <S> the format's own kind of part, which each method returns, so that calls chain
 */
public abstract class XmlStream<S extends XmlStream<S>> {

    // The JDK's own writer, never one that a jar on the class path offers in its place.
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    private final XMLStreamWriter xml;

    /** A part in {@code out}; {@code declaration} says whether it starts with the XML declaration. */
    protected XmlStream(OutputStream out, boolean declaration) {
        try {
            // A buffered writer: given a stream, the JDK's writer writes it a byte at a time, and given an
            // OutputStreamWriter, it asks the charset whether it can encode each character.
            xml = FACTORY.createXMLStreamWriter(new BufferedWriter(new OutputStreamWriter(out,
                    StandardCharsets.UTF_8)));
            if (declaration) {
                xml.writeStartDocument("UTF-8", "1.0");
            }
        } catch (XMLStreamException e) {
            throw failure(e);
        }
    }

    /** This part, as its own kind. */
    protected abstract S self();

    /** Opens the element {@code name}, such as {@code w:p}. */
    public S start(String name) {
        try {
            xml.writeStartElement(name);
        } catch (XMLStreamException e) {
            throw failure(e);
        }
        return self();
    }

    /** Writes the element {@code name} without content; attributes may follow. */
    public S empty(String name) {
        try {
            xml.writeEmptyElement(name);
        } catch (XMLStreamException e) {
            throw failure(e);
        }
        return self();
    }

    /** Adds the attribute {@code name}, such as {@code w:val}, to the element just opened. */
    public S attribute(String name, String value) {
        try {
            xml.writeAttribute(name, value);
        } catch (XMLStreamException e) {
            throw failure(e);
        }
        return self();
    }

    /** Adds the attribute {@code name} with a number. */
    public S attribute(String name, long value) {
        return attribute(name, Long.toString(value));
    }

    /** Writes text, escaped. */
    public S text(String text) {
        try {
            xml.writeCharacters(text);
        } catch (XMLStreamException e) {
            throw failure(e);
        }
        return self();
    }

    /** Closes the element opened last. */
    public S end() {
        try {
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw failure(e);
        }
        return self();
    }

    /** Hands everything written so far to the stream below, the start tag of the element opened last closed. */
    protected void flush() {
        try {
            // No characters, but the start tag before them is closed, which the writer otherwise leaves open.
            xml.writeCharacters("");
            xml.flush();
        } catch (XMLStreamException e) {
            throw failure(e);
        }
    }

    /** Closes every element still open and flushes; leaves the stream below open. */
    public void finish() {
        try {
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw failure(e);
        }
    }

    /** The stream's own exception when it failed below, else a bug here. */
    private static RuntimeException failure(XMLStreamException e) {
        if (e.getCause() instanceof IOException io) {
            return new UncheckedIOException(io);
        }
        return new IllegalStateException("cannot write XML: " + e.getMessage(), e);
    }
}
