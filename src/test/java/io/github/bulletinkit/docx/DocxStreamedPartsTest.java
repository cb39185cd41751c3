package io.github.bulletinkit.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinkit.format.RenderOptions;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.testing.EdgeCases;
import io.github.bulletinkit.testing.RandomBulletins;
import io.github.bulletinkit.testing.Samples;
import io.github.bulletinkit.testing.TestThemes;
import io.github.bulletinkit.theme.WordTemplate;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The renderer, which streams the body, gives the package that the bean-based writer gave ({@link BeanDocxWriter}):
 * the same parts in the same order, each XML part the same once canonicalised (its namespace declarations may
 * have moved, its attributes may come in another order), each other part the same bytes. Bulletins of every
 * shape: the samples, in every language and direction, plain, themed, with fallback fonts, for paper, with a Word
 * template; the edge cases; random bulletins of every kind.
 */
class DocxStreamedPartsTest {

    private static final List<String> SAMPLES = List.of("safeguarding-updates.json", "partnership-spring-2025.json",
            "diweddariadau-diogelu.json", "tahdithat-alhimaya.json", "community-languages.json");

    static Stream<Arguments> bulletins() {
        List<Arguments> cases = new ArrayList<>();
        RenderOptions plain = RenderOptions.defaults();
        RenderOptions print = RenderOptions.builder().forPrint(true).build();
        RenderOptions themed = RenderOptions.builder().theme(TestThemes.organisation()).forPrint(true).build();
        RenderOptions fallbacks = RenderOptions.builder().theme(io.github.bulletinkit.testing.ScriptFonts.theme())
                .build();
        WordTemplate template = DocxWordTemplateTest.template(WordTemplates.letterhead());
        WordTemplates withoutFooter = WordTemplates.letterhead();
        withoutFooter.footer = false;
        for (String sample : SAMPLES) {
            Bulletin bulletin = Samples.read(Path.of("samples", sample));
            cases.add(Arguments.of(sample, bulletin, plain, null));
            cases.add(Arguments.of(sample + " for print", bulletin, print, null));
            cases.add(Arguments.of(sample + " themed for print", bulletin, themed, null));
            cases.add(Arguments.of(sample + " with fallback fonts", bulletin, fallbacks, null));
            cases.add(Arguments.of(sample + " with a Word template", bulletin, print, template));
            cases.add(Arguments.of(sample + " with a Word template without a footer", bulletin, themed,
                    DocxWordTemplateTest.template(withoutFooter)));
        }
        EdgeCases.bulletins().forEach((name, bulletin) -> cases.add(Arguments.of(name, bulletin, print, null)));
        RandomBulletins.seeds(6).forEach(seed -> {
            cases.add(Arguments.of("random " + seed, RandomBulletins.bulletin(seed), print, null));
            cases.add(Arguments.of("sectioned " + seed, RandomBulletins.sectioned(seed), plain, template));
            cases.add(Arguments.of("multilingual " + seed, RandomBulletins.multilingual(seed), themed, null));
            cases.add(Arguments.of("scripts " + seed, RandomBulletins.scripts(seed), fallbacks, null));
        });
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bulletins")
    void theStreamedPackageHasTheBeanWritersParts(String name, Bulletin bulletin, RenderOptions options,
            WordTemplate template) throws IOException {
        byte[] streamed = DocxRenderer.builder().options(options).wordTemplate(template).build().render(bulletin);
        byte[] beans = BeanDocxWriter.render(bulletin, options, template);
        Map<String, byte[]> expected = parts(beans);
        Map<String, byte[]> actual = parts(streamed);
        assertThat(actual.keySet()).as("the parts, in order").containsExactlyElementsOf(expected.keySet());
        for (String part : expected.keySet()) {
            if (part.endsWith(".xml") || part.endsWith(".rels")) {
                assertThat(canonical(actual.get(part))).as(part).isEqualTo(canonical(expected.get(part)));
            } else {
                assertThat(actual.get(part)).as(part).isEqualTo(expected.get(part));
            }
        }
    }

    @Test
    void aChangeIsSeenAndAMovedDeclarationIsNot() throws IOException {
        byte[] docx = DocxRenderer.create().render(Samples.sample());
        byte[] changed = ZipParts.replace(docx, "word/document.xml", xml -> xml.replace("<w:tblHeader/>", ""));
        assertThat(parts(changed).get("word/document.xml")).isNotEqualTo(parts(docx).get("word/document.xml"));
        assertThat(canonical(parts(changed).get("word/document.xml")))
                .isNotEqualTo(canonical(parts(docx).get("word/document.xml")));
        String root = "<w:document xmlns:w=\"" + WordXml.W + "\"";
        byte[] moved = ZipParts.replace(docx, "word/document.xml", xml -> xml.replace(root,
                root + " xmlns:x=\"urn:x\""));
        assertThat(parts(moved).get("word/document.xml")).isNotEqualTo(parts(docx).get("word/document.xml"));
        assertThat(canonical(parts(moved).get("word/document.xml")))
                .isEqualTo(canonical(parts(docx).get("word/document.xml")));
    }

    /** The entries of a zip, in its order. */
    private static Map<String, byte[]> parts(byte[] zip) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                parts.put(entry.getName(), in.readAllBytes());
            }
        }
        return parts;
    }

    /**
     * The XML written out again: each element as {namespace}name, its attributes (namespace declarations left
     * out) sorted, one a line, then its children, text escaped; so that a difference shows where it is.
     */
    private static String canonical(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            // Text as one node however it was written: XMLBeans writes "]]>" in a CDATA section of its own.
            factory.setCoalescing(true);
            Element root = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement();
            StringBuilder out = new StringBuilder();
            write(root, "", out);
            return out.toString();
        } catch (Exception e) {
            throw new AssertionError("not XML: " + e.getMessage(), e);
        }
    }

    private static void write(Node node, String indent, StringBuilder out) {
        if (node instanceof Element element) {
            out.append(indent).append('{').append(element.getNamespaceURI()).append('}')
                    .append(element.getLocalName()).append('\n');
            Map<String, String> attributes = new TreeMap<>();
            NamedNodeMap all = element.getAttributes();
            for (int i = 0; i < all.getLength(); i++) {
                Attr attribute = (Attr) all.item(i);
                if (!"http://www.w3.org/2000/xmlns/".equals(attribute.getNamespaceURI())) {
                    attributes.put("{" + attribute.getNamespaceURI() + "}" + attribute.getLocalName(),
                            attribute.getValue());
                }
            }
            attributes.forEach((name, value) -> out.append(indent).append("  @").append(name).append('=')
                    .append(escaped(value)).append('\n'));
            for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
                write(child, indent + "  ", out);
            }
        } else if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
            out.append(indent).append('"').append(escaped(node.getNodeValue())).append("\"\n");
        }
    }

    private static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\"", "\\\"");
    }
}
