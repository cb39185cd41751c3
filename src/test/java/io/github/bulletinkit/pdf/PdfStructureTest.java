package io.github.bulletinkit.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinkit.format.Margins;
import io.github.bulletinkit.format.RenderOptions;
import io.github.bulletinkit.layout.Words;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.Entry;
import io.github.bulletinkit.model.RichText;
import io.github.bulletinkit.testing.EdgeCases;
import io.github.bulletinkit.testing.LargeBulletins;
import io.github.bulletinkit.testing.ReadingOrder;
import io.github.bulletinkit.testing.Samples;
import io.github.bulletinkit.testing.TestThemes;
import java.io.IOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The structure tree, read back with PDFBox, is what a screen reader needs, in the bulletin's reading order. */
class PdfStructureTest {

    private static final Bulletin BULLETIN = TestBulletins.with(Samples.sample(), TestBulletins.richEntry());

    /**
     * An element of the tree: its type, and its parts in order, each the text of one of its marked contents or
     * a child element.
     */
    private record Node(String type, PDStructureElement element, List<Object> parts) {
        List<Node> kids() {
            return parts.stream().filter(Node.class::isInstance).map(Node.class::cast).toList();
        }

        List<String> kidTypes() {
            return kids().stream().map(Node::type).toList();
        }

        /** The text of its own marked content. */
        String text() {
            StringBuilder text = new StringBuilder();
            parts.stream().filter(String.class::isInstance).forEach(text::append);
            return text.toString();
        }

        /** Its text and its children's joined as they are, as a reader of the tags takes a paragraph's text. */
        String joinedText() {
            return parts.stream().map(part -> part instanceof Node kid ? kid.joinedText() : (String) part)
                    .collect(Collectors.joining());
        }

        /** It and every element below it, in reading order. */
        Stream<Node> all() {
            return Stream.concat(Stream.of(this), kids().stream().flatMap(Node::all));
        }

        /** Its text and its children's, in reading order. */
        String allText() {
            return parts.stream().map(part -> part instanceof Node kid ? kid.allText() : (String) part)
                    .filter(text -> !text.isEmpty()).collect(Collectors.joining(" "));
        }
    }

    @Test
    void theTreeHoldsTheTitleThenOneTableWithOneHeaderRowAndARowAnEntry() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(PdfRenderer.create().render(BULLETIN))) {
            Node document = document(pdf);
            assertThat(document.type()).isEqualTo("Document");
            assertThat(document.kidTypes()).containsExactly("H1", "P", "Table");
            assertThat(document.kids().get(0).text()).isEqualTo("Safeguarding Updates");
            Node table = document.kids().get(2);
            assertThat(table.kidTypes()).containsExactly("THead", "TBody");
            Node head = table.kids().get(0);
            assertThat(head.kidTypes()).containsExactly("TR");
            assertThat(head.kids().get(0).kidTypes()).containsExactly("TH", "TH");
            for (Node th : head.kids().get(0).kids()) {
                PDTableAttributeObject attributes = (PDTableAttributeObject) th.element().getAttributes().getObject(0);
                assertThat(attributes.getScope()).isEqualTo("Column");
            }
            Node body = table.kids().get(1);
            assertThat(body.kids()).hasSize(BULLETIN.entries().size()).allSatisfy(row -> {
                assertThat(row.kidTypes()).containsExactly("TD", "TD");
                assertThat(row.kids().get(0).kidTypes()).startsWith("H2", "P", "P", "P");
                assertThat(row.kids().get(1).kids()).allSatisfy(link -> assertThat(link.type()).isEqualTo("P"));
            });
            // A paragraph holds its own text and the links inside it, in reading order.
            Node summary = body.kids().get(BULLETIN.entries().size() - 1).kids().get(0).kids().get(3);
            assertThat(summary.kidTypes()).contains("Link").doesNotContain("Span");
            assertThat(summary.text()).isNotBlank();
        }
    }

    @Test
    void theTextInStructureOrderIsTheBulletinsReadingOrder() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(PdfRenderer.create().render(BULLETIN))) {
            String text = document(pdf).allText();
            // A line break leaves no space in marked content: compare the letters.
            ReadingOrder.assertLettersInOrder(text, ReadingOrder.words(BULLETIN), "the structure tree");
            assertThat(text).as("the header row, once").containsOnlyOnce("Information Link");
        }
    }

    static Stream<Arguments> wrappedBulletins() {
        return Stream.of(
                Arguments.of("the sample", Samples.sample(), RenderOptions.defaults()),
                Arguments.of("120 entries", LargeBulletins.of(120), RenderOptions.defaults()),
                Arguments.of("every script", EdgeCases.bulletins().get("every script the font has"),
                        RenderOptions.defaults()),
                Arguments.of("every script, narrowest columns", EdgeCases.bulletins().get("every script the font has"),
                        RenderOptions.builder().margins(new Margins(72, 225.638f, 72, 225.638f)).baseFontSize(7)
                                .build()),
                Arguments.of("the sample for print", Samples.sample(), RenderOptions.builder().forPrint(true).build()),
                Arguments.of("a link at every place in a line", linksAtEveryPlace(), RenderOptions.defaults()));
    }

    /** Paragraphs whose link comes a word later each time, so that lines wrap just before and after links. */
    private static Bulletin linksAtEveryPlace() {
        Entry.Builder entry = Entry.builder().topic("Links").source("Tests").published(LocalDate.of(2025, 1, 6));
        for (int words = 1; words <= 40; words++) {
            entry.paragraph(RichText.builder().text("Word ".repeat(words)).link("the annual review",
                    "https://example.org/" + words).text(" of last year, and more words after it.").build());
        }
        return Bulletin.builder("Links at every place").entry(entry.build()).build();
    }

    /**
     * Each heading and paragraph, its marked contents joined as they come with no space guessed from where the
     * glyphs lie, is a sentence of the bulletin whole: where a line wrapped at a space, the space is there.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("wrappedBulletins")
    void aLineThatWrapsAtASpaceKeepsTheSpaceInItsMarkedContent(String name, Bulletin bulletin, RenderOptions options)
            throws IOException {
        byte[] rendered = PdfRenderer.builder().options(options).build().render(bulletin);
        try (PDDocument pdf = Loader.loadPDF(rendered)) {
            Set<String> blocks = document(pdf).all()
                    .filter(node -> Set.of("H1", "H2", "P", "TH").contains(node.type()))
                    .map(node -> sentence(node.joinedText())).collect(Collectors.toSet());
            List<String> sentences = new ArrayList<>(List.of(bulletin.title(), bulletin.subtitle()));
            for (Entry entry : bulletin.entries()) {
                sentences.add(entry.topic());
                sentences.add(Words.of(bulletin.locale()).sourceLine(entry.source()));
                sentences.add(Words.of(bulletin.locale()).publishedLine(entry.published()));
                entry.summary().forEach(paragraph -> sentences.add(paragraph.plainText()));
                entry.links().forEach(link -> sentences.add(link.plainText()));
            }
            List<String> missing = sentences.stream().filter(text -> !text.isBlank()).map(PdfStructureTest::sentence)
                    .filter(sentence -> !blocks.contains(sentence)).toList();
            assertThat(missing).as("sentences not found whole in the structure tree of %s", name).isEmpty();
        }
    }

    /** Text as a sentence: composed, hard line breaks gone (they draw no character), runs of spaces one. */
    private static String sentence(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replace('\t', ' ').replace("\n", "")
                .replaceAll(" {2,}", " ").strip();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.bulletinkit.testing.EdgeCases#cases")
    void anEdgeCaseReadsInOrderInTheStructureTree(EdgeCases.Case edge) throws IOException {
        byte[] rendered = PdfRenderer.builder().options(edge.options()).build().render(edge.bulletin());
        try (PDDocument pdf = Loader.loadPDF(rendered)) {
            Node document = document(pdf);
            assertThat(document.kidTypes()).as(edge.toString()).endsWith("Table");
            ReadingOrder.assertLettersInOrder(document.allText(), ReadingOrder.words(edge.bulletin()),
                    "the structure tree of " + edge);
        }
    }

    @Test
    void everyLinkAnnotationBelongsToALinkElementAndSaysWhereItLeads() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(PdfRenderer.create().render(BULLETIN))) {
            Map<COSDictionary, PDStructureElement> owners = new HashMap<>();
            collectObjectReferences(document(pdf), owners);
            int annotations = 0;
            for (PDPage page : pdf.getPages()) {
                assertThat(page.getCOSObject().getCOSName(COSName.getPDFName("Tabs"))).isEqualTo(COSName.S);
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link) {
                        annotations++;
                        assertThat(link.getContents()).isNotBlank();
                        PDStructureElement owner = owners.get(link.getCOSObject());
                        assertThat(owner).as("the element of %s", link.getContents()).isNotNull();
                        assertThat(owner.getStructureType()).isEqualTo("Link");
                    }
                }
            }
            assertThat(annotations).isGreaterThanOrEqualTo(14);
        }
    }

    @Test
    void theParentTreeLeadsFromEveryMarkedContentAndLinkAnnotationToItsElement() throws IOException {
        // 1,100 entries give some 5,500 keys: more leaves than one node holds, so the tree has two levels.
        try (PDDocument pdf = Loader.loadPDF(PdfRenderer.create().render(LargeBulletins.of(1_100)))) {
            PDNumberTreeNode tree = pdf.getDocumentCatalog().getStructureTreeRoot().getParentTree();
            assertThat(tree.getKids()).as("the root's kids").allSatisfy(kid -> assertThat(kid.getKids()).isNotEmpty());
            int annotations = 0;
            for (PDPage page : pdf.getPages()) {
                COSArray owners = (COSArray) value(tree, page.getStructParents());
                PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
                extractor.processPage(page);
                List<Integer> mcids = extractor.getMarkedContents().stream().map(PDMarkedContent::getMCID)
                        .filter(mcid -> mcid >= 0).distinct().sorted().toList();
                assertThat(mcids).as("the ids of a page").isNotEmpty().first().isEqualTo(0);
                assertThat(owners.size()).as("owners of the page's ids").isEqualTo(mcids.get(mcids.size() - 1) + 1);
                for (int mcid : mcids) {
                    PDStructureElement owner = new PDStructureElement((COSDictionary) owners.getObject(mcid));
                    assertThat(holds(owner, page, mcid)).as("the owner of id %d holds it", mcid).isTrue();
                }
                for (PDAnnotation annotation : page.getAnnotations()) {
                    annotations++;
                    COSDictionary owner = (COSDictionary) value(tree, annotation.getStructParent());
                    assertThat(new PDStructureElement(owner).getKids()).as("the owner of an annotation")
                            .anySatisfy(kid -> assertThat(kid).isInstanceOfSatisfying(PDObjectReference.class,
                                    reference -> assertThat(reference.getReferencedObject().getCOSObject())
                                            .isSameAs(annotation.getCOSObject())));
                }
            }
            assertThat(annotations).isGreaterThan(1_100);
        }
    }

    private static COSBase value(PDNumberTreeNode tree, int key) throws IOException {
        PDParentTreeValue value = (PDParentTreeValue) tree.getValue(key);
        assertThat(value).as("the parent tree's value at %d", key).isNotNull();
        return value.getCOSObject();
    }

    /** Whether {@code element} holds the marked content {@code mcid} of {@code page}. */
    private static boolean holds(PDStructureElement element, PDPage page, int mcid) {
        for (Object kid : element.getKids()) {
            if (kid instanceof Integer own && own == mcid && page.equals(element.getPage())) {
                return true;
            }
            if (kid instanceof PDMarkedContentReference reference && reference.getMCID() == mcid
                    && page.equals(reference.getPage())) {
                return true;
            }
        }
        return false;
    }

    @Test
    void theLogoIsAFigureWithItsDescription() throws IOException {
        byte[] themed = PdfRenderer.builder().theme(TestThemes.organisation()).build().render(Samples.sample());
        try (PDDocument pdf = Loader.loadPDF(themed)) {
            Node figure = document(pdf).kids().get(0);
            assertThat(figure.type()).isEqualTo("Figure");
            assertThat(figure.element().getAlternateDescription()).isEqualTo(TestThemes.DESCRIPTION);
        }
    }

    private static Node document(PDDocument pdf) throws IOException {
        Map<PDPage, Map<Integer, String>> texts = new HashMap<>();
        for (PDPage page : pdf.getPages()) {
            PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
            extractor.processPage(page);
            Map<Integer, String> byId = new HashMap<>();
            for (PDMarkedContent content : extractor.getMarkedContents()) {
                if (content.getMCID() >= 0) {
                    StringBuilder text = new StringBuilder();
                    for (Object item : content.getContents()) {
                        if (item instanceof TextPosition position) {
                            text.append(position.getUnicode());
                        }
                    }
                    byId.merge(content.getMCID(), text.toString(), String::concat);
                }
            }
            texts.put(page, byId);
        }
        PDStructureNode root = pdf.getDocumentCatalog().getStructureTreeRoot();
        List<Object> kids = root.getKids();
        assertThat(kids).hasSize(1);
        return node((PDStructureElement) kids.get(0), texts);
    }

    private static Node node(PDStructureElement element, Map<PDPage, Map<Integer, String>> texts) {
        List<Object> parts = new ArrayList<>();
        for (Object kid : element.getKids()) {
            if (kid instanceof PDStructureElement child) {
                parts.add(node(child, texts));
            } else if (kid instanceof Integer mcid) {
                parts.add(texts.get(element.getPage()).getOrDefault(mcid, ""));
            } else if (kid instanceof PDMarkedContentReference reference) {
                parts.add(texts.get(reference.getPage()).getOrDefault(reference.getMCID(), ""));
            }
        }
        return new Node(element.getStructureType(), element, parts);
    }

    private static void collectObjectReferences(Node node, Map<COSDictionary, PDStructureElement> owners) {
        for (Object kid : node.element().getKids()) {
            if (kid instanceof PDObjectReference reference) {
                owners.put((COSDictionary) reference.getReferencedObject().getCOSObject(), node.element());
            }
        }
        node.kids().forEach(kid -> collectObjectReferences(kid, owners));
    }
}
