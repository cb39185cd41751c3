package io.github.bulletinkit.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Reads a DOCX back for tests, two ways: through POI's document model, and as the raw XML of each part,
 * queried with XPath (prefixes {@code w}, {@code r}, {@code rel}, {@code cp}, {@code dc}, {@code dcterms},
 * {@code ep}, {@code xsi}).
 */
final class DocxDocumentReader {

    private static final Map<String, String> NAMESPACES = Map.of(
            "w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
            "r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
            "rel", "http://schemas.openxmlformats.org/package/2006/relationships",
            "cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
            "dc", "http://purl.org/dc/elements/1.1/",
            "dcterms", "http://purl.org/dc/terms/",
            "ep", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
            "xsi", "http://www.w3.org/2001/XMLSchema-instance",
            "wp", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
            "xml", XMLConstants.XML_NS_URI);

    private final byte[] bytes;
    private final Map<String, byte[]> parts;

    DocxDocumentReader(byte[] docx) {
        this.bytes = docx.clone();
        this.parts = entries(docx);
    }

    /** The zip's entries, in the order they are stored, with their content. */
    static Map<String, byte[]> entries(byte[] zip) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    Map<String, byte[]> parts() {
        return parts;
    }

    String part(String name) {
        byte[] part = parts.get(name);
        if (part == null) {
            throw new AssertionError("the document has no part " + name + "; it has " + parts.keySet());
        }
        return new String(part, StandardCharsets.UTF_8);
    }

    /** The text content of every node {@code xpath} selects in the part. */
    List<String> strings(String part, String xpath) {
        NodeList nodes = nodes(part, xpath);
        List<String> strings = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            strings.add(nodes.item(i).getTextContent());
        }
        return strings;
    }

    /** The one string {@code xpath} selects, such as an attribute's value; fails unless there is exactly one. */
    String string(String part, String xpath) {
        List<String> strings = strings(part, xpath);
        if (strings.size() != 1) {
            throw new AssertionError(xpath + " selects " + strings.size() + " nodes in " + part + ", not one");
        }
        return strings.get(0);
    }

    /** The local name of every node {@code xpath} selects in the part. */
    List<String> names(String part, String xpath) {
        NodeList nodes = nodes(part, xpath);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            names.add(nodes.item(i).getLocalName());
        }
        return names;
    }

    int count(String part, String xpath) {
        return nodes(part, xpath).getLength();
    }

    /** The URL of the external relationship {@code id} of the main document. */
    String hyperlinkTarget(String id) {
        return string("word/_rels/document.xml.rels",
                "/rel:Relationships/rel:Relationship[@Id='" + id + "' and @TargetMode='External']/@Target");
    }

    /** Each row of the document's one table, each cell as its paragraphs' text (POI renders breaks and tabs). */
    List<List<List<String>>> table() {
        try (XWPFDocument document = document()) {
            List<XWPFTable> tables = document.getTables();
            if (tables.size() != 1) {
                throw new AssertionError("expected one table, found " + tables.size());
            }
            List<List<List<String>>> rows = new ArrayList<>();
            for (XWPFTableRow row : tables.get(0).getRows()) {
                List<List<String>> cells = new ArrayList<>();
                for (XWPFTableCell cell : row.getTableCells()) {
                    cells.add(cell.getParagraphs().stream().map(XWPFParagraph::getText).toList());
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of the whole document as POI's extractor gives it: the body in order, then the footer. */
    String text() {
        try (XWPFWordExtractor extractor = new XWPFWordExtractor(document())) {
            return extractor.getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document as POI reads it; the caller closes it. */
    XWPFDocument document() {
        try {
            return new XWPFDocument(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private NodeList nodes(String part, String xpath) {
        try {
            XPath query = XPathFactory.newInstance().newXPath();
            query.setNamespaceContext(new Prefixes());
            return (NodeList) query.evaluate(xpath, dom(part), XPathConstants.NODESET);
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(xpath, e);
        }
    }

    private Node dom(String part) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            part(part);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(parts.get(part)));
        } catch (AssertionError e) {
            throw e;
        } catch (Exception e) {
            throw new AssertionError("part " + part + " is not well-formed XML", e);
        }
    }

    private static final class Prefixes implements NamespaceContext {
        @Override
        public String getNamespaceURI(String prefix) {
            return NAMESPACES.getOrDefault(prefix, XMLConstants.NULL_NS_URI);
        }

        @Override
        public String getPrefix(String uri) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Iterator<String> getPrefixes(String uri) {
            throw new UnsupportedOperationException();
        }
    }
}
