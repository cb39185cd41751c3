package io.github.bulletinkit.docx;

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
 * A part's XML written as it comes, with the JDK's streaming writer, so that a body of any length holds one
 * element at a time. Names are written with their prefixes ({@code w:p}), which the root element declares once,
 * without the writer's namespace bookkeeping, which would cost more than the writing.
 * An {@link IOException} of the stream below is thrown as an {@link UncheckedIOException} around it, which the
 * renderer unwraps. Belongs to one part; not thread-safe.
 */
final class WordStream {

    static final String WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    static final String A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    static final String PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture";

    // The JDK's own writer, never one that a jar on the class path offers in its place.
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    private final XMLStreamWriter xml;

    private WordStream(XMLStreamWriter xml) {
        this.xml = xml;
    }

    /**
     * Starts a part in {@code out} whose root is {@code root} ({@code w:document}), with the prefixes of
     * WordprocessingML and of relationships declared, and of pictures when it holds any.
     */
    static WordStream start(OutputStream out, String root, boolean pictures) {
        WordStream part = open(out).start(root).attribute("xmlns:w", WordXml.W).attribute("xmlns:r", WordXml.R);
        if (pictures) {
            part.attribute("xmlns:wp", WP).attribute("xmlns:a", A).attribute("xmlns:pic", PIC);
        }
        return part;
    }

    /** Starts a part of another vocabulary, such as relationships, whose names have no prefix. */
    static WordStream start(OutputStream out, String root, String namespace) {
        return open(out).start(root).attribute("xmlns", namespace);
    }

    private static WordStream open(OutputStream out) {
        try {
            // A buffered writer: given a stream, the JDK's writer writes it a byte at a time, and given an
            // OutputStreamWriter, it asks the charset whether it can encode each character.
            WordStream part = new WordStream(FACTORY.createXMLStreamWriter(new BufferedWriter(
                    new OutputStreamWriter(out, StandardCharsets.UTF_8))));
            part.xml.writeStartDocument("UTF-8", "1.0");
            return part;
        } catch (XMLStreamException e) {
            throw failure(e);
        }
    }

    /** Opens the element {@code name}, such as {@code w:p}. */
    WordStream start(String name) {
        try {
            xml.writeStartElement(name);
        } catch (XMLStreamException e) {
            throw failure(e);
        }
        return this;
    }

    /** Writes the element {@code name} without content; attributes may follow. */
    WordStream empty(String name) {
        try {
            xml.writeEmptyElement(name);
        } catch (XMLStreamException e) {
            throw failure(e);
        }
        return this;
    }

    /** Writes an element such as {@code <w:pStyle w:val="Title"/>}: one attribute, {@code w:val}. */
    WordStream value(String name, String value) {
        return empty(name).attribute("w:val", value);
    }

    /** Adds the attribute {@code name}, such as {@code w:val}, to the element just opened. */
    WordStream attribute(String name, String value) {
        try {
            xml.writeAttribute(name, value);
        } catch (XMLStreamException e) {
            throw failure(e);
        }
        return this;
    }

    /** Adds the attribute {@code name} with a number. */
    WordStream attribute(String name, long value) {
        return attribute(name, Long.toString(value));
    }

    /** Writes text, escaped. */
    WordStream text(String text) {
        try {
            xml.writeCharacters(text);
        } catch (XMLStreamException e) {
            throw failure(e);
        }
        return this;
    }

    /** Closes the element opened last. */
    WordStream end() {
        try {
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw failure(e);
        }
        return this;
    }

    /** Closes every element still open and flushes; leaves the stream below open. */
    void finish() {
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
        return new IllegalStateException("cannot write the XML of a Word part: " + e.getMessage(), e);
    }
}
