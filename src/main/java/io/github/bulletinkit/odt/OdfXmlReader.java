package io.github.bulletinkit.odt;

import io.github.bulletinkit.reading.ReadProblems;
import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Parses a part of a package with the JDK's streaming reader, hardened: no DTD is read and no entity, external or
 * not, is resolved, and a part that declares a {@code DOCTYPE} is refused, named; elements may nest only so deep.
 */
final class OdfXmlReader {

    /** Deeper than any document LibreOffice writes, shallow enough for the readers that walk the tree. */
    static final int MAX_DEPTH = 256;

    private static final XMLInputFactory FACTORY = factory();
    private static final Map<String, String> PREFIXES = new HashMap<>();

    static {
        OdfNames.NAMESPACES.forEach((prefix, uri) -> PREFIXES.put(uri, prefix));
        PREFIXES.put(OdfNames.MANIFEST, "manifest");
    }

    private OdfXmlReader() {
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    /** The root element of {@code part}, named {@code name}; null after reporting why it cannot be read. */
    static OdfElement parse(byte[] part, String name, ReadProblems problems) {
        Deque<OdfElement> open = new ArrayDeque<>();
        XMLStreamReader reader = null;
        try {
            // Synchronised: a factory is not promised to be thread-safe, and readers share this one.
            synchronized (FACTORY) {
                reader = FACTORY.createXMLStreamReader(new ByteArrayInputStream(part));
            }
            while (reader.hasNext()) {
                switch (reader.next()) {
                    case XMLStreamConstants.DTD -> {
                        problems.at("", "has a part, " + name + ", that declares a DOCTYPE, which an OpenDocument"
                                + " text never does; it is refused, and no entity it declares is read");
                        return null;
                    }
                    case XMLStreamConstants.ENTITY_REFERENCE -> {
                        problems.at(name, "refers to the entity &" + reader.getLocalName() + "; which no part of an"
                                + " OpenDocument text declares");
                        return null;
                    }
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (open.size() == MAX_DEPTH) {
                            problems.at(name, "nests its elements more than " + MAX_DEPTH + " deep, far deeper than"
                                    + " a document does");
                            return null;
                        }
                        OdfElement element = new OdfElement(name(reader.getNamespaceURI(), reader.getLocalName()),
                                attributes(reader), new ArrayList<>());
                        if (!open.isEmpty()) {
                            open.peek().children().add(element);
                        }
                        open.push(element);
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        OdfElement closed = open.pop();
                        if (open.isEmpty()) {
                            return closed;
                        }
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (!open.isEmpty()) {
                            open.peek().children().add(reader.getText());
                        }
                    }
                    default -> {
                        // Comments and processing instructions say nothing of the bulletin.
                    }
                }
            }
            problems.at(name, "has no root element");
            return null;
        } catch (XMLStreamException e) {
            String where = e.getLocation() == null ? "" : ", line " + e.getLocation().getLineNumber();
            problems.at(name + where, "is not well-formed XML: " + e.getMessage().replaceAll("^ParseError at.*\\n"
                    + "Message: ", "").strip());
            return null;
        } finally {
            close(reader);
        }
    }

    private static Map<String, String> attributes(XMLStreamReader reader) {
        Map<String, String> attributes = new HashMap<>();
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            attributes.put(name(reader.getAttributeNamespace(i), reader.getAttributeLocalName(i)),
                    reader.getAttributeValue(i));
        }
        return attributes;
    }

    private static String name(String uri, String local) {
        if (uri == null || uri.isEmpty()) {
            return local;
        }
        String prefix = PREFIXES.get(uri);
        return prefix == null ? "{" + uri + "}" + local : prefix + ":" + local;
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException e) {
                // Reading from memory: nothing to release.
            }
        }
    }
}
