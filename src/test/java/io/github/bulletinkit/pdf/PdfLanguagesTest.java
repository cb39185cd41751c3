package io.github.bulletinkit.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.Entry;
import io.github.bulletinkit.model.RichText;
import io.github.bulletinkit.model.Run;
import io.github.bulletinkit.model.Section;
import io.github.bulletinkit.testing.Samples;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The language of every part, as PDFBox reads it: the catalog says the document's; an element whose text is all
 * in another says that one in {@code /Lang}; a phrase in another language is a {@code Span} that says its own;
 * nothing else says a language. Each document still passes PDF/UA-1, and reads whole through its tags.
 */
class PdfLanguagesTest {

    private static final LocalDate JANUARY = LocalDate.of(2025, 1, 6);

    @Test
    void theWelshSampleIsWelshButForItsEnglishEntryAndLinks() throws Exception {
        byte[] pdf = PdfRenderer.create().render(Samples.read(Path.of("samples", "diweddariadau-diogelu.json")));

        PdfDocumentReader read = PdfDocumentReader.read(pdf);
        assertThat(read.language()).isEqualTo("cy");
        assertThat(read.text()).contains("Ffynhonnell: NSPCC Learning", "Dyddiad cyhoeddi: 06 Ionawr 2025",
                "Gwybodaeth", "Tudalen 1 o 1");
        assertThat(marked(pdf)).containsExactly(
                "Link en: Summary of the Child Safeguarding Practice Review Panel annual report 2023/24",
                "Link en: Deaths of children in need",
                "H2 en-GB: Online safety",
                "Span en-GB: Ofcom",
                "P en-GB: Ofcom has published its first-edition codes of practice and guidance on tackling illegal"
                        + " harms online.",
                "P en-GB: Read the press release: Time for tech firms to act");
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void anEnglishBulletinMarksItsWelshEntryAndItsWelshPhrases() throws Exception {
        Entry welsh = Entry.builder().language("cy").topic("Newyddion y cyngor").source("Cyngor Sir")
                .published(JANUARY).paragraph("Mae’r cyngor wedi cyhoeddi ei adroddiad blynyddol.")
                .link("Darllenwch:", "Yr adroddiad", "https://example.org/adroddiad").build();
        RichText summary = RichText.builder().text("The centre says ").add(Run.plain("Croeso").inLanguage("cy"))
                .text(" to every visitor, in ").add(Run.link("Cymraeg", "https://example.org/cy").inLanguage("cy"))
                .text(" and in English; see ").add(Run.link("the ", "https://example.org/eisteddfod"))
                .add(Run.link("Eisteddfod", "https://example.org/eisteddfod").inLanguage("cy"))
                .text(" and ").add(Run.link("Gorsedd Cymru", "https://example.org/gorsedd").inLanguage("cy"))
                .add(Run.link(" or Gorsedh Kernow", "https://example.org/gorsedd").inLanguage("kw"))
                .text(" pages.").build();
        Entry english = Entry.builder().topic("A welcome").source("The centre").published(JANUARY)
                .paragraph(summary).build();
        Bulletin bulletin = Bulletin.builder("Council news").entry(english).entry(welsh).build();
        byte[] pdf = PdfRenderer.create().render(bulletin);

        assertThat(PdfDocumentReader.read(pdf).language()).isEqualTo("en-GB");
        assertThat(marked(pdf)).containsExactly(
                "Span cy: Croeso",
                "Link cy: Cymraeg",
                "Span cy: Eisteddfod",
                "Span cy: Gorsedd Cymru",
                "Span kw:  or Gorsedh Kernow",
                "H2 cy: Newyddion y cyngor",
                "Span cy: Cyngor Sir",
                "P cy: Mae’r cyngor wedi cyhoeddi ei adroddiad blynyddol.",
                "P cy: Darllenwch: Yr adroddiad");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            TaggedTree paragraph = TaggedTree.of(document).all("P").stream()
                    .filter(element -> element.text().startsWith("The centre says")).findFirst().orElseThrow();
            // A link whose text is all phrases has no text of its own, yet comes where its text does.
            assertThat(paragraph.text()).isEqualTo(summary.plainText());
            assertThat(paragraph.kidTypes()).containsExactly("Span", "Link", "Link", "Link");
            assertThat(paragraph.kids().get(2).kidTypes()).as("a phrase inside a link").containsExactly("Span");
            assertThat(paragraph.kids().get(3).kidTypes()).containsExactly("Span", "Span");
            assertThat(paragraph.kids().subList(1, 4)).allSatisfy(link -> assertThat(link.annotations())
                    .as("the link's annotation").isNotEmpty());
        }
        assertThat(PdfDocumentReader.read(pdf).links()).extracting(PdfDocumentReader.LinkArea::text)
                .as("each annotation covers its link's phrases").contains("Cymraeg", "the Eisteddfod",
                        "Gorsedd Cymru or Gorsedh Kernow", "Yr adroddiad");
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void aPolishBulletinMarksItsEnglishLabels() throws Exception {
        Entry entry = Entry.builder().topic("Bezpieczeństwo w sieci").source("Ministerstwo").published(JANUARY)
                .paragraph("Ministerstwo opublikowało nowe wytyczne.").build();
        Bulletin bulletin = Bulletin.builder("Aktualności").language("pl")
                .section(Section.of("Dzieci", entry)).section(Section.of("Dorośli", entry)).build();
        byte[] pdf = PdfRenderer.create().render(bulletin);

        assertThat(PdfDocumentReader.read(pdf).language()).isEqualTo("pl");
        List<String> table = List.of("TH en: Information", "TH en: Link", "Span en: Source: ",
                "Span en: Date published: ");
        assertThat(marked(pdf)).containsExactly(Stream.of(List.of("H2 en: Contents"), table, table)
                .flatMap(List::stream).toArray(String[]::new));
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void aBulletinInOneLanguageSaysItOnlyInTheCatalog() throws Exception {
        byte[] pdf = PdfRenderer.create().render(TestBulletins.with(Samples.sample(), TestBulletins.richEntry()));

        assertThat(PdfDocumentReader.read(pdf).language()).isEqualTo("en-GB");
        assertThat(marked(pdf)).isEmpty();
    }

    /**
     * A paragraph whose Welsh phrases and English words alternate, each ending with a space, so that its lines
     * wrap at spaces inside phrases and between them: read through its tags, it is one sentence, whole.
     */
    @Test
    void aParagraphOfPhrasesInTwoLanguagesReadsWholeThroughItsTags() throws Exception {
        RichText.Builder paragraph = RichText.builder();
        for (int i = 1; i <= 40; i++) {
            paragraph.text("word" + i + " ").add(Run.plain("gair" + i + " a " + i + " ").inLanguage("cy"));
        }
        RichText text = paragraph.text("end.").build();
        Bulletin bulletin = Bulletin.builder("Two languages").entry(Entry.builder().topic("Phrases")
                .source("Tests").published(JANUARY).paragraph(text).build()).build();
        try (PDDocument document = Loader.loadPDF(PdfRenderer.create().render(bulletin))) {
            TaggedTree summary = TaggedTree.of(document).all("P").stream()
                    .filter(element -> element.text().startsWith("word1 ")).findFirst().orElseThrow();
            assertThat(summary.text()).isEqualTo(text.plainText());
            assertThat(summary.kids()).hasSize(40).allSatisfy(span -> {
                assertThat(span.type()).isEqualTo("Span");
                assertThat(span.element().getLanguage()).isEqualTo("cy");
            });
        }
    }

    @Test
    void aPhrasesLanguageChangesTheDocumentsId() throws Exception {
        // Two runs that differ only in their language: unmarked, the model would join them into one.
        RichText welsh = RichText.builder().text("Welcome: ").add(Run.plain("Croeso").inLanguage("cy")).build();
        RichText cornish = RichText.builder().text("Welcome: ").add(Run.plain("Croeso").inLanguage("kw")).build();

        assertThat(documentId(welsh)).isNotEqualTo(documentId(cornish));
    }

    private static String documentId(RichText summary) throws IOException {
        Bulletin bulletin = Bulletin.builder("Welcome").entry(Entry.builder().topic("Welcome").source("Tests")
                .published(JANUARY).paragraph(summary).build()).build();
        try (PDDocument document = Loader.loadPDF(PdfRenderer.create().render(bulletin))) {
            return document.getDocument().getDocumentID().toString();
        }
    }

    /** Each element that says a language, in reading order, as {@code type language: text}. */
    private static List<String> marked(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return TaggedTree.of(document).all().filter(element -> element.element().getLanguage() != null)
                    .map(element -> element.type() + " " + element.element().getLanguage() + ": " + element.text())
                    .toList();
        }
    }
}
