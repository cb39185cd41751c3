package io.github.bulletinkit.pdf;

import static io.github.bulletinkit.pdf.ScriptSamples.ARABIC_MIXED;
import static io.github.bulletinkit.pdf.ScriptSamples.ARABIC_SUMMARY;
import static io.github.bulletinkit.pdf.ScriptSamples.BENGALI;
import static io.github.bulletinkit.pdf.ScriptSamples.CHINESE;
import static io.github.bulletinkit.pdf.ScriptSamples.HEBREW;
import static io.github.bulletinkit.pdf.ScriptSamples.HINDI;
import static io.github.bulletinkit.pdf.ScriptSamples.PUNJABI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.Entry;
import io.github.bulletinkit.model.InvalidBulletinException;
import io.github.bulletinkit.model.Problem;
import io.github.bulletinkit.testing.ExternalTool;
import io.github.bulletinkit.testing.LiberationSerif;
import io.github.bulletinkit.testing.Samples;
import io.github.bulletinkit.testing.ScriptFonts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Right to left and the scripts that need shaping, read back by readers we did not write: veraPDF passes each
 * document as PDF/UA-1; the glyph ids drawn are those HarfBuzz's {@code hb-shape} picks for the same font and
 * text; each sentence reads back in logical order through the tags' {@code /ActualText} (and through
 * {@code pdftotext} for the scripts written left to right); the Arabic table is mirrored on the page and logical
 * in the tree; each part says its language.
 */
class PdfScriptsTest {

    private static byte[] arabic;
    private static byte[] english;

    @TempDir
    Path dir;

    @BeforeAll
    static void render() throws Exception {
        PdfRenderer renderer = PdfRenderer.builder().theme(ScriptFonts.theme()).build();
        arabic = renderer.render(ScriptSamples.arabic());
        english = renderer.render(ScriptSamples.english());
    }

    @Test
    void bothDocumentsPassPdfUa() throws Exception {
        assertThat(VeraPdf.failures(arabic, PDFAFlavour.PDFUA_1)).isEmpty();
        assertThat(VeraPdf.failures(english, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void theGlyphsDrawnAreThoseHarfBuzzPicksForTheSameFont() throws Exception {
        ExternalTool hbShape = ExternalTool.require("hb-shape");
        List<ShapedSpans> spans = ShapedSpans.of(english);
        spans = new java.util.ArrayList<>(spans);
        spans.addAll(ShapedSpans.of(arabic));
        for (String sentence : List.of(HINDI, BENGALI, PUNJABI, HEBREW, CHINESE, ARABIC_SUMMARY)) {
            ShapedSpans span = spans.stream().filter(s -> s.actualText().strip().equals(sentence)).findFirst()
                    .orElseThrow(() -> new AssertionError("no span says " + sentence));
            assertThat(span.glyphs()).as(sentence).hasSize(1);
            Path font = fontFile(span.glyphs().get(0).font());
            String shaped = hbShape.run(dir, Duration.ofSeconds(30), "--no-glyph-names", "--no-positions",
                    "--no-clusters", font.toString(), sentence);
            assertThat(span.allIds()).as("%s in %s", sentence, font).isEqualTo(ids(shaped));
        }
    }

    @Test
    void eachSentenceReadsBackInLogicalOrderThroughItsTags() throws Exception {
        assertThat(paragraphs(arabic)).contains(ARABIC_SUMMARY, ARABIC_MIXED,
                "يبدأ التدريب في الربيع لكل المعلمين والموظفين في المدارس الابتدائية والثانوية.");
        assertThat(paragraphs(english)).contains(HINDI, BENGALI, PUNJABI, HEBREW, CHINESE,
                "The plan is also in हिन्दी and in עברית.");
    }

    @Test
    void pdftotextReadsTheScriptsWrittenLeftToRightAsWritten() throws Exception {
        Path file = dir.resolve("english.pdf");
        Files.write(file, english);
        String text = ExternalTool.require("pdftotext").run(dir, Duration.ofSeconds(30), file.toString(), "-");
        assertThat(text).contains(HINDI, BENGALI, PUNJABI, CHINESE);
    }

    @Test
    void theArabicTableIsMirroredOnThePageAndLogicalInTheTree() throws Exception {
        Map<String, float[]> words = words(arabic);
        assertThat(left(words, "معلومات")).as("Information's heading right of Links'")
                .isGreaterThan(right(words, "روابط"));
        assertThat(left(words, "خطة جديدة للمدارس")).as("the topic right of the link")
                .isGreaterThan(right(words, "الخطة الكاملة"));
        // Right-aligned: the topic, the summary and the title end at the same edge, the cell's or the page's.
        assertThat(right(words, "خطة جديدة للمدارس")).isCloseTo(right(words, "أعلن المجلس"),
                org.assertj.core.data.Offset.offset(1f));
        try (PDDocument document = Loader.loadPDF(arabic)) {
            TaggedTree tree = TaggedTree.of(document);
            assertThat(tree.all("TH").stream().map(TaggedTree::text)).containsExactly("معلومات", "روابط");
            TaggedTree firstRow = tree.all("TR").get(1);
            assertThat(firstRow.kids().get(0).text()).startsWith("خطة جديدة للمدارس");
            assertThat(firstRow.kids().get(1).text()).startsWith("اقرأ:");
        }
    }

    @Test
    void aRightToLeftEntryInAnEnglishBulletinIsAlignedRight() throws Exception {
        Map<String, float[]> words = words(english);
        assertThat(right(words, "תוכנית חדשה")).as("the Hebrew topic's right edge")
                .isGreaterThan(right(words, "नई योजना") + 100);
    }

    @Test
    void eachPartSaysItsLanguage() throws Exception {
        try (PDDocument document = Loader.loadPDF(english)) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            List<String> marked = TaggedTree.of(document).all()
                    .filter(element -> element.element().getLanguage() != null)
                    .map(element -> element.type() + " " + element.element().getLanguage() + ": " + element.text())
                    .toList();
            assertThat(marked).contains("H2 hi: नई योजना", "P hi: " + HINDI, "P bn: " + BENGALI,
                    "P pa: " + PUNJABI, "P he: " + HEBREW, "P zh: " + CHINESE, "Span hi: हिन्दी", "Span he: עברית");
        }
        try (PDDocument document = Loader.loadPDF(arabic)) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("ar");
        }
    }

    @Test
    void theSamplesInArabicAndCommunityLanguagesPassPdfUaAndReadBackAsWritten() throws Exception {
        for (String name : List.of("tahdithat-alhimaya", "community-languages")) {
            Bulletin bulletin = Samples.read(Path.of("samples", name + ".json"));
            for (boolean forPrint : new boolean[] {false, true}) {
                byte[] pdf = PdfRenderer.builder().theme(ScriptFonts.theme()).forPrint(forPrint).build()
                        .render(bulletin);
                assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).as("%s, for print %s", name, forPrint)
                        .isEmpty();
                List<String> paragraphs = paragraphs(pdf);
                for (Entry entry : bulletin.entries()) {
                    assertThat(paragraphs).as(name).contains(entry.summary().get(0).plainText());
                }
            }
        }
    }

    @Test
    void anArabicEntryTallerThanAPageIsSplitWithNothingLost() throws Exception {
        String summary = String.join(" ", java.util.Collections.nCopies(150, ARABIC_SUMMARY));
        Bulletin bulletin = Bulletin.builder("نشرة").language("ar")
                .entry(Entry.builder().topic("موضوع طويل").source("المجلس").published(ScriptSamples.DATE)
                        .paragraph(summary).link("اقرأ:", "الخطة", "https://example.org/plan").build())
                .build();
        byte[] pdf = PdfRenderer.builder().theme(ScriptFonts.theme()).build().render(bulletin);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(2);
        }
        assertThat(paragraphs(pdf)).contains(summary);
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
        // The labels stay English, and so does the footer's order: "Page 1 of 3", the total on the right.
        Map<String, float[]> words = words(pdf);
        assertThat(words.get("3")[0]).isGreaterThan(right(words, "Page"));
    }

    @Test
    void anArchivalBulletinInCommunityLanguagesPassesPdfA2bAndPdfUa() throws Exception {
        byte[] pdf = PdfRenderer.builder().theme(ScriptFonts.theme()).archival(true).build()
                .render(Samples.read(Path.of("samples", "community-languages.json")));
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_B)).isEmpty();
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void theFooterOfAnArabicBulletinIsShapedAndReadsAsWritten() throws Exception {
        byte[] pdf = PdfRenderer.builder().theme(ScriptFonts.theme()).build()
                .render(Samples.read(Path.of("samples", "tahdithat-alhimaya.json")));
        List<String> texts = ShapedSpans.of(pdf).stream().map(ShapedSpans::actualText).toList();
        assertThat(texts).contains("صفحة 1 من");
        Map<String, float[]> words = words(pdf);
        assertThat(left(words, "صفحة")).as("the words right of the total").isGreaterThan(right(words, "1"));
    }

    @Test
    void aShapedBulletinIsTheSameBytesEachTimeAndEachFontHasATagOfItsOwn() throws Exception {
        assertThat(PdfRenderer.builder().theme(ScriptFonts.theme()).build().render(ScriptSamples.arabic()))
                .isEqualTo(arabic);
        try (PDDocument document = Loader.loadPDF(english)) {
            List<String> tags = new java.util.ArrayList<>();
            for (org.apache.pdfbox.pdmodel.PDPage page : document.getPages()) {
                for (org.apache.pdfbox.cos.COSName name : page.getResources().getFontNames()) {
                    tags.add(page.getResources().getFont(name).getName().substring(0, 6));
                }
            }
            assertThat(tags).doesNotHaveDuplicates().hasSizeGreaterThan(6);
        }
    }

    @Test
    void aCharacterNoFontHasIsRefusedNamingTheFix() {
        Bulletin bulletin = Bulletin.builder("Title").entry(Entry.builder().topic("Fine").source("Tests")
                .published(ScriptSamples.DATE).paragraph("हिन्दी 😀").build()).build();
        PdfRenderer renderer = PdfRenderer.builder().theme(ScriptFonts.theme()).build();

        assertThatThrownBy(() -> renderer.render(bulletin))
                .isInstanceOfSatisfying(InvalidBulletinException.class, e -> assertThat(e.problems()).containsExactly(
                        Problem.at("entries[0].summary[0]", "contains U+1F600, which neither the PDF font nor any"
                                + " fallback font can show: name a font that has it in the theme's fallbackFonts")));
    }

    private static List<String> paragraphs(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return TaggedTree.of(document).all("P").stream().map(TaggedTree::text).map(String::strip).toList();
        }
    }

    /** Each word or run of words pdftotext finds, by its text, with its left and right edges. */
    private Map<String, float[]> words(byte[] pdf) throws Exception {
        Path file = dir.resolve("bbox.pdf");
        Files.write(file, pdf);
        String html = ExternalTool.require("pdftotext").run(dir, Duration.ofSeconds(30), "-bbox", file.toString(),
                "-");
        Matcher word = Pattern.compile("<word xMin=\"([0-9.]+)\" yMin=\"[0-9.]+\" xMax=\"([0-9.]+)\"[^>]*>([^<]*)</word>")
                .matcher(html);
        Map<String, float[]> words = new java.util.LinkedHashMap<>();
        while (word.find()) {
            words.putIfAbsent(word.group(3).strip(), new float[] {Float.parseFloat(word.group(1)),
                Float.parseFloat(word.group(2))});
        }
        return words;
    }

    private static float left(Map<String, float[]> words, String text) {
        return find(words, text)[0];
    }

    private static float right(Map<String, float[]> words, String text) {
        return find(words, text)[1];
    }

    private static float[] find(Map<String, float[]> words, String text) {
        return words.entrySet().stream().filter(word -> word.getKey().startsWith(text)).map(Map.Entry::getValue)
                .findFirst().orElseThrow(() -> new AssertionError("pdftotext finds no " + text + " in " + words.keySet()));
    }

    private static List<Integer> ids(String shaped) {
        String list = shaped.strip().replaceAll("^\\[|\\]$", "");
        return Arrays.stream(list.split("\\|")).map(Integer::valueOf).collect(Collectors.toList());
    }

    private Path fontFile(String name) throws Exception {
        if (name.startsWith("LiberationSans")) {
            String file = name.equals("LiberationSans") ? "LiberationSans-Regular.ttf" : name + ".ttf";
            Path copy = dir.resolve(file);
            Files.write(copy, LiberationSerif.file(file));
            return copy;
        }
        if (name.equals("DroidSansFallback")) {
            return ScriptFonts.droidSansFallback();
        }
        return ScriptFonts.noto(name + ".ttf");
    }
}
