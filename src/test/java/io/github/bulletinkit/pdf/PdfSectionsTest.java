package io.github.bulletinkit.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinkit.format.RenderOptions;
import io.github.bulletinkit.layout.Words;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.Entry;
import io.github.bulletinkit.model.RichText;
import io.github.bulletinkit.model.Section;
import io.github.bulletinkit.testing.Samples;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * A bulletin of sections: the title ({@code H1}), the introduction, a contents list ({@code TOC}) whose items
 * lead to the sections and give the pages they start on, each section's heading ({@code H2}) kept with its
 * table, topics as {@code H3}, bookmarks nested by section, and the closing after the last table.
 */
class PdfSectionsTest {

    private static final Bulletin SAMPLE = Samples.read(Path.of("samples", "partnership-spring-2025.json"));
    private static final Bulletin LONG = sections(8, 15, 1);

    static Stream<Arguments> bulletins() {
        return Stream.of(Arguments.of("the sample", SAMPLE), Arguments.of("8 sections of 15 entries", LONG));
    }

    /**
     * {@code sections} sections of {@code entries} entries each, whose summaries grow from one line to many, after
     * an introduction of {@code introduction} paragraphs.
     */
    static Bulletin sections(int sections, int entries, int introduction) {
        Bulletin.Builder bulletin = Bulletin.builder("A bulletin of sections").subtitle("Spring").publisher("Tests");
        for (int i = 1; i <= introduction; i++) {
            bulletin.introduction(RichText.of("Paragraph " + i + " of the introduction. " + TestBulletins.words(40)));
        }
        for (int s = 1; s <= sections; s++) {
            List<Entry> list = new ArrayList<>();
            for (int e = 1; e <= entries; e++) {
                int number = (s - 1) * entries + e;
                list.add(Entry.builder()
                        .topic(String.format("Entry %03d of section %d", number, s))
                        .source("Source " + number)
                        .published(LocalDate.of(2025, 1, 1).plusDays(number))
                        .paragraph(TestBulletins.words(10 + (number * 37) % 180))
                        .link("Read:", "Item " + number, "https://example.org/items/" + number)
                        .build());
            }
            bulletin.section(new Section("Section " + s + " heading", list));
        }
        return bulletin.closing(RichText.builder().text("Write to ").link("the team", "mailto:team@example.org")
                .text(" or call ").link("01234 567890", "tel:+441234567890").text(".").build()).build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bulletins")
    void theTreeHoldsTheTitleIntroductionContentsThenEachSectionsHeadingAndTableThenTheClosing(String what,
            Bulletin bulletin) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(PdfRenderer.create().render(bulletin))) {
            TaggedTree document = TaggedTree.of(pdf);
            List<String> expected = new ArrayList<>(List.of("H1", "P", "P"));
            bulletin.introduction().forEach(paragraph -> expected.add("P"));
            expected.addAll(List.of("H2", "TOC"));
            bulletin.sections().forEach(section -> expected.addAll(List.of("H2", "Table")));
            bulletin.closing().forEach(paragraph -> expected.add("P"));
            assertThat(document.kidTypes()).as(what).containsExactlyElementsOf(expected);

            assertThat(document.kids().get(0).text()).isEqualTo(bulletin.title());
            List<String> headings = document.kids().stream().filter(kid -> kid.type().equals("H2"))
                    .map(TaggedTree::text).toList();
            List<String> sectionHeadings = bulletin.sections().stream().map(Section::heading).toList();
            assertThat(headings.get(0)).isEqualTo("Contents");
            assertThat(headings.subList(1, headings.size())).containsExactlyElementsOf(sectionHeadings);

            List<TaggedTree> tables = document.all("Table");
            for (int s = 0; s < tables.size(); s++) {
                assertThat(tables.get(s).kidTypes()).containsExactly("THead", "TBody");
                List<String> topics = tables.get(s).kids().get(1).kids().stream()
                        .map(row -> row.kids().get(0).kids().get(0))
                        .peek(topic -> assertThat(topic.type()).isEqualTo("H3"))
                        .map(TaggedTree::text).toList();
                assertThat(topics).as("the topics of section %d", s + 1).containsExactlyElementsOf(
                        bulletin.sections().get(s).entries().stream().map(Entry::topic).toList());
            }
            assertThat(document.all("H2")).as("second-level headings").hasSize(bulletin.sections().size() + 1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bulletins")
    void eachContentsItemLeadsToItsSectionsHeadingAndGivesItsPage(String what, Bulletin bulletin) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(PdfRenderer.create().render(bulletin))) {
            TaggedTree document = TaggedTree.of(pdf);
            List<TaggedTree> sectionHeadings = sectionHeadings(document);
            TaggedTree toc = document.all("TOC").get(0);
            assertThat(toc.kidTypes()).as(what).hasSize(bulletin.sections().size()).containsOnly("TOCI");
            for (int s = 0; s < toc.kids().size(); s++) {
                TaggedTree item = toc.kids().get(s);
                assertThat(item.kidTypes()).containsExactly("Reference");
                TaggedTree reference = item.kids().get(0);
                assertThat(reference.kidTypes()).containsExactly("Link");
                TaggedTree link = reference.kids().get(0);
                String heading = bulletin.sections().get(s).heading();
                int page = sectionHeadings.get(s).firstPage();
                assertThat(link.ownTexts()).as("the marked contents of item %d", s + 1)
                        .containsExactly(heading, Integer.toString(page + 1));
                assertThat(link.annotations()).as("the annotations of item %d", s + 1).isNotEmpty();
                for (PDAnnotation annotation : link.annotations()) {
                    assertThat(annotation.getContents()).isEqualTo(heading);
                    assertThat(destinationPage(pdf, annotation)).as("where item %d leads", s + 1).isEqualTo(page);
                }
            }
        }
    }

    private static int destinationPage(PDDocument pdf, PDAnnotation annotation) throws IOException {
        PDActionGoTo action = (PDActionGoTo) ((PDAnnotationLink) annotation).getAction();
        PDPageDestination destination = pdf.getDocumentCatalog()
                .findNamedDestinationPage((PDNamedDestination) action.getDestination());
        return destination.retrievePageNumber();
    }

    private static List<TaggedTree> sectionHeadings(TaggedTree document) {
        List<TaggedTree> headings = document.kids().stream().filter(kid -> kid.type().equals("H2")).toList();
        return headings.subList(1, headings.size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bulletins")
    void bookmarksNestEachSectionsEntriesUnderTheSectionsHeading(String what, Bulletin bulletin) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(PdfRenderer.create().render(bulletin))) {
            List<TaggedTree> headings = sectionHeadings(TaggedTree.of(pdf));
            List<PDOutlineItem> sections = new ArrayList<>();
            pdf.getDocumentCatalog().getDocumentOutline().children().forEach(sections::add);
            assertThat(sections).extracting(PDOutlineItem::getTitle).as(what)
                    .containsExactlyElementsOf(bulletin.sections().stream().map(Section::heading).toList());
            for (int s = 0; s < sections.size(); s++) {
                PDOutlineItem section = sections.get(s);
                assertThat(((PDPageDestination) section.getDestination()).retrievePageNumber())
                        .isEqualTo(headings.get(s).firstPage());
                List<String> entries = new ArrayList<>();
                section.children().forEach(entry -> entries.add(entry.getTitle()));
                assertThat(entries).containsExactlyElementsOf(
                        bulletin.sections().get(s).entries().stream().map(Entry::topic).toList());
            }
        }
    }

    @Test
    void aBulletinWithoutSectionsKeepsItsBookmarksFlat() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(PdfRenderer.create().render(Samples.sample()))) {
            List<PDOutlineItem> items = new ArrayList<>();
            pdf.getDocumentCatalog().getDocumentOutline().children().forEach(items::add);
            assertThat(items).extracting(PDOutlineItem::getTitle)
                    .containsExactlyElementsOf(Samples.sample().entries().stream().map(Entry::topic).toList());
            assertThat(items).noneMatch(PDOutlineItem::hasChildren);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bulletins")
    void theHeaderRowHeadsEveryPageATableRunsOntoAndEveryTopicIsPrintedOnce(String what, Bulletin bulletin) {
        PdfDocumentReader pdf = PdfDocumentReader.read(PdfRenderer.create().render(bulletin));
        List<String> headings = bulletin.sections().stream().map(Section::heading).toList();
        String closing = bulletin.closing().get(0).plainText();
        int runOnto = 0;
        for (int page = 1; page < pdf.pages().size(); page++) {
            List<String> lines = pdf.pages().get(page).lines().filter(line -> !line.isBlank()).toList();
            if (headings.contains(lines.get(0))) {
                assertThat(lines.get(1)).as("below the heading at the top of page %d of %s", page + 1, what)
                        .isEqualTo("Information Link");
            } else if (!closing.startsWith(lines.get(0))) {
                assertThat(lines.get(0)).as("the first line of page %d of %s", page + 1, what)
                        .isEqualTo("Information Link");
                runOnto++;
            }
        }
        assertThat(runOnto).as("pages a table runs onto").isPositive();
        // A topic may come back in running text: its row's is followed by the entry's source.
        String text = PdfDocumentReader.normalized(pdf.text());
        for (Entry entry : bulletin.entries()) {
            String topic = entry.topic() + " " + Words.of(bulletin.locale()).sourceLine(entry.source());
            assertThat(text.split(Pattern.quote(topic), -1)).as("%s in %s", topic, what).hasSize(2);
        }
    }

    /**
     * As the introduction grows the sections move down and across pages: each heading stays on the page of its
     * table's header row and first row, and the contents list gives the page it moved to.
     */
    @Test
    void aSectionsHeadingStaysWithItsTableAndTheContentsFollowItWhereverItFalls() throws IOException {
        List<List<Integer>> pagesSeen = new ArrayList<>();
        for (int paragraphs = 0; paragraphs <= 24; paragraphs += 2) {
            Bulletin bulletin = sections(4, 2, paragraphs);
            try (PDDocument pdf = Loader.loadPDF(PdfRenderer.create().render(bulletin))) {
                TaggedTree document = TaggedTree.of(pdf);
                List<TaggedTree> headings = sectionHeadings(document);
                List<TaggedTree> tables = document.all("Table");
                List<TaggedTree> items = document.all("TOCI");
                List<Integer> pages = new ArrayList<>();
                for (int s = 0; s < headings.size(); s++) {
                    int page = headings.get(s).firstPage();
                    String where = "section " + (s + 1) + " after " + paragraphs + " paragraphs";
                    assertThat(tables.get(s).all("TH").get(0).firstPage()).as("the header row of %s", where)
                            .isEqualTo(page);
                    assertThat(tables.get(s).all("H3").get(0).firstPage()).as("the first row of %s", where)
                            .isEqualTo(page);
                    assertThat(items.get(s).all("Link").get(0).ownTexts()).as("the contents item of %s", where)
                            .last().isEqualTo(Integer.toString(page + 1));
                    pages.add(page);
                }
                pagesSeen.add(pages);
            }
        }
        assertThat(pagesSeen.stream().distinct()).as("the pages the sections start on").hasSizeGreaterThan(4);
    }

    @Test
    void theClosingFollowsTheLastTableWithLiveMailAndTelephoneLinks() {
        PdfDocumentReader pdf = PdfDocumentReader.read(PdfRenderer.create().render(SAMPLE));
        String text = PdfDocumentReader.normalized(pdf.text());
        String lastTopic = SAMPLE.entries().get(SAMPLE.entries().size() - 1).topic();
        assertThat(text.indexOf("Contact the partnership team")).isGreaterThan(text.indexOf(lastTopic));
        assertThat(pdf.links()).extracting(PdfDocumentReader.LinkArea::uri, PdfDocumentReader.LinkArea::text)
                .contains(Tuple.tuple("mailto:team@example.org", "team@example.org"),
                        Tuple.tuple("tel:+441234567890", "01234 567890"),
                        Tuple.tuple("tel:+441234567000", "01234 567000"));
    }

    static Stream<Arguments> validated() {
        return Stream.of(Arguments.of("the sample", SAMPLE, RenderOptions.defaults()),
                Arguments.of("the sample for print", SAMPLE, RenderOptions.builder().forPrint(true).build()),
                Arguments.of("8 sections of 15 entries", LONG, RenderOptions.defaults()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validated")
    void veraPdfFindsItPdfUa1AndTheArchivalOnePdfA2bToo(String what, Bulletin bulletin, RenderOptions options)
            throws Exception {
        byte[] plain = PdfRenderer.builder().options(options).build().render(bulletin);
        assertThat(VeraPdf.failures(plain, PDFAFlavour.PDFUA_1)).as("PDF/UA-1, %s", what).isEmpty();
        byte[] archival = PdfRenderer.builder().options(options).archival(true).build().render(bulletin);
        assertThat(VeraPdf.failures(archival, PDFAFlavour.PDFA_2_B)).as("PDF/A-2b, %s", what).isEmpty();
        assertThat(VeraPdf.failures(archival, PDFAFlavour.PDFUA_1)).as("PDF/UA-1 archival, %s", what).isEmpty();
    }
}
