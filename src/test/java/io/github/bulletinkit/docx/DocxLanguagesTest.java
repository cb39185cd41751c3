package io.github.bulletinkit.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinkit.json.BulletinJsonWriter;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.testing.RandomBulletins;
import io.github.bulletinkit.testing.Samples;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;

/**
 * Every part of a Word bulletin in another language than the document's has its runs marked with it
 * ({@code w:rPr/w:lang}), in the attribute its script needs; the document's own language is the styles'
 * default; labels, dates and the footer are in the bulletin's language, and marked English where it has none.
 */
class DocxLanguagesTest {

    /** A run as POI reads it: its text and the three attributes of its {@code w:lang}, null where unset. */
    record Marked(String text, String val, String eastAsia, String bidi) {
        boolean unmarked() {
            return val == null && eastAsia == null && bidi == null;
        }
    }

    @Test
    void aWelshEntryInAnEnglishBulletinHasItsOwnTextMarkedWelshAndItsLabelsAndDateNot() {
        List<Marked> runs = runs(DocxRenderer.create().render(LanguageBulletins.englishWithWelsh()));

        for (String welsh : List.of("Canllawiau newydd", "Llywodraeth Cymru", "Mae’r canllawiau’n dilyn gwaith yr ",
                ".", "Darllenwch: ", "Y canllawiau")) {
            assertThat(run(runs, welsh)).as(welsh).isEqualTo(new Marked(welsh, "cy", null, null));
        }
        // The labels are the bulletin's words, the date too; the English body's name is in the bulletin's language.
        for (String english : List.of("Source: ", "Date published: 06 January 2025", "Department for Education",
                "Online safety", "Source: Ofcom", "Read the press release: ", "Time for tech firms to act",
                "Information", "Link", "Page ", " of ")) {
            assertThat(run(runs, english).unmarked()).as(english).isTrue();
        }
    }

    @Test
    void aWelshPhraseInAnEnglishIntroductionIsMarkedWelshAndTheWordsAroundItAreNot() {
        List<Marked> runs = runs(DocxRenderer.create().render(LanguageBulletins.englishWithWelsh()));

        assertThat(run(runs, "Croeso")).isEqualTo(new Marked("Croeso", "cy", null, null));
        assertThat(run(runs, "Welcome, or ").unmarked()).isTrue();
        assertThat(run(runs, ", to the winter bulletin.").unmarked()).isTrue();
    }

    @Test
    void theWelshSampleHasWelshLabelsDatesAndFooterAndItsEnglishEntryAndLinkTextsMarkedEnglish() throws IOException {
        byte[] docx = DocxRenderer.create().render(LanguageBulletins.welshSample());
        List<Marked> runs = runs(docx);

        for (String english : List.of("Online safety", "Ofcom",
                "Ofcom has published its first-edition codes of practice and guidance on tackling illegal harms"
                        + " online.", "Read the press release: ", "Time for tech firms to act")) {
            assertThat(run(runs, english)).as(english).isEqualTo(new Marked(english, "en-GB", null, null));
        }
        for (String span : List.of("Summary of the Child Safeguarding Practice Review Panel annual report 2023/24",
                "Deaths of children in need")) {
            assertThat(run(runs, span)).as(span).isEqualTo(new Marked(span, "en", null, null));
        }
        for (String welsh : List.of("Diweddariadau Diogelu", "Gwybodaeth", "Dolen", "Digwyddiadau diogelu plant",
                "Ffynhonnell: NSPCC Learning", "Dyddiad cyhoeddi: 06 Ionawr 2025", "Darllenwch y briff: ",
                "Ffynhonnell: ", "Dyddiad cyhoeddi: 16 Rhagfyr 2024", "Tudalen ", " o ")) {
            assertThat(run(runs, welsh).unmarked()).as(welsh).isTrue();
        }
        DocxDocumentReader document = new DocxDocumentReader(docx);
        assertThat(document.string("word/styles.xml", "/w:styles/w:docDefaults/w:rPrDefault/w:rPr/w:lang/@w:val"))
                .isEqualTo("cy");
        assertThat(document.string("docProps/core.xml", "//dc:language")).isEqualTo("cy");
        assertThat(document.text()).contains("Tudalen 1 o 1");
        assertThat(customProperties(document)).containsExactly("BulletinKit languages=en en-GB");
    }

    @Test
    void eastAsianLanguagesGoInEastAsiaComplexScriptsInBidiAndTheRestInVal() {
        List<Marked> runs = runs(DocxRenderer.create().render(LanguageBulletins.scripts()));

        assertThat(run(runs, "你好")).isEqualTo(new Marked("你好", null, "zh", null));
        assertThat(run(runs, "こんにちは")).isEqualTo(new Marked("こんにちは", null, "ja-JP", null));
        assertThat(run(runs, "안녕하세요")).isEqualTo(new Marked("안녕하세요", null, "ko", null));
        assertThat(run(runs, "مرحبا")).isEqualTo(new Marked("مرحبا", null, null, "ar"));
        assertThat(run(runs, "שלום")).isEqualTo(new Marked("שלום", null, null, "he"));
        assertThat(run(runs, "नमस्ते")).isEqualTo(new Marked("नमस्ते", null, null, "hi"));
        assertThat(run(runs, "Здраво")).isEqualTo(new Marked("Здраво", "sr-Cyrl", null, null));
        assertThat(run(runs, "Dzień dobry")).isEqualTo(new Marked("Dzień dobry", "pl", null, null));
        assertThat(run(runs, "2025")).isEqualTo(new Marked("2025", null, null, "ar"));
    }

    @Test
    void aScriptThatTheTagNamesDecidesOverItsLanguagesUsualOne() {
        List<Marked> runs = runs(DocxRenderer.create().render(LanguageBulletins.namedScripts()));

        assertThat(run(runs, "سلام")).isEqualTo(new Marked("سلام", null, null, "pa-Arab"));
        assertThat(run(runs, "ਸਤ ਸ੍ਰੀ ਅਕਾਲ")).isEqualTo(new Marked("ਸਤ ਸ੍ਰੀ ਅਕਾਲ", null, null, "pa"));
        assertThat(run(runs, "Konnichiwa")).isEqualTo(new Marked("Konnichiwa", "ja-Latn", null, null));
        assertThat(run(runs, "你好")).isEqualTo(new Marked("你好", null, "zh-Hant", null));
    }

    @Test
    void aBulletinInALanguageWithoutLabelsHasTheEnglishLabelsMarkedEnglish() {
        List<Marked> runs = runs(DocxRenderer.create().render(LanguageBulletins.polish()));

        for (String english : List.of("Source: ", "Date published: ", "Information", "Link", "Page ", " of ")) {
            assertThat(run(runs, english)).as(english).isEqualTo(new Marked(english, "en", null, null));
        }
        // The source and the date are the bulletin's (the month in Polish), or the Welsh entry's.
        for (String polish : List.of("Bezpieczeństwo w sieci", "Rzecznik Praw Dziecka", "14 lutego 2025",
                "06 stycznia 2025")) {
            assertThat(run(runs, polish).unmarked()).as(polish).isTrue();
        }
        assertThat(run(runs, "Llywodraeth Cymru")).isEqualTo(new Marked("Llywodraeth Cymru", "cy", null, null));
    }

    @Test
    void aBulletinsOwnLabelsAreWrittenAndKeptInCustomPropertiesInTheirOrder() {
        DocxDocumentReader document = new DocxDocumentReader(DocxRenderer.create()
                .render(LanguageBulletins.polishWithLabels()));

        assertThat(document.text()).contains("Źródło: Rzecznik Praw Dziecka", "Data publikacji: 14 lutego 2025",
                "Informacja", "Odnośnik", "Strona 1 z 1");
        assertThat(customProperties(document)).containsExactly("BulletinKit labels.source=Źródło:",
                "BulletinKit labels.published=Data publikacji:", "BulletinKit labels.information=Informacja",
                "BulletinKit labels.link=Odnośnik", "BulletinKit labels.contents=Spis treści",
                "BulletinKit labels.page=Strona {page} z {pages}");
        // Labels of the bulletin's own are in its language: nothing is marked.
        assertThat(document.count("word/document.xml", "//w:lang")).isZero();
    }

    @Test
    void aBulletinInOneLanguageMarksNoRunAndHasNoCustomProperties() {
        for (Bulletin bulletin : List.of(Samples.sample(), Samples.sectioned(), TestBulletins.multilingual())) {
            DocxDocumentReader document = new DocxDocumentReader(DocxRenderer.create().render(bulletin));

            assertThat(document.count("word/document.xml", "//w:lang")).as(bulletin.title()).isZero();
            assertThat(document.count("word/footer1.xml", "//w:lang")).as(bulletin.title()).isZero();
            assertThat(document.parts()).as(bulletin.title()).doesNotContainKey("docProps/custom.xml");
        }
    }

    static Stream<Arguments> bulletins() {
        return Stream.of(Arguments.of("the Welsh sample", LanguageBulletins.welshSample()),
                Arguments.of("English with a Welsh entry", LanguageBulletins.englishWithWelsh()),
                Arguments.of("scripts", LanguageBulletins.scripts()),
                Arguments.of("scripts named by the tag", LanguageBulletins.namedScripts()),
                Arguments.of("Polish", LanguageBulletins.polish()),
                Arguments.of("Polish with its own labels", LanguageBulletins.polishWithLabels()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bulletins")
    void everyPartIsValid(String name, Bulletin bulletin) {
        assertThat(OoxmlSchemaValidator.problems(DocxRenderer.create().render(bulletin))).isEmpty();
    }

    @Test
    void everyPartOfGeneratedMultilingualBulletinsIsValid() {
        RandomBulletins.seeds(20).forEach(seed -> {
            Bulletin bulletin = RandomBulletins.multilingual(seed);
            assertThat(OoxmlSchemaValidator.problems(DocxRenderer.create().render(bulletin)))
                    .as("seed %d, %s", seed, BulletinJsonWriter.create().write(bulletin)).isEmpty();
        });
    }

    /** The run whose text is {@code text}; fails unless there is one, or several marked alike. */
    static Marked run(List<Marked> runs, String text) {
        List<Marked> found = runs.stream().filter(run -> run.text().equals(text)).distinct().toList();
        assertThat(found).as("the runs whose text is \"%s\", among %s", text, runs).hasSize(1);
        return found.get(0);
    }

    /** Every run of the body, its tables and its footers, in order. */
    static List<Marked> runs(byte[] docx) {
        List<Marked> runs = new ArrayList<>();
        try (XWPFDocument document = new DocxDocumentReader(docx).document()) {
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    add(paragraph, runs);
                } else if (element instanceof XWPFTable table) {
                    for (XWPFTableRow row : table.getRows()) {
                        for (XWPFTableCell cell : row.getTableCells()) {
                            cell.getParagraphs().forEach(paragraph -> add(paragraph, runs));
                        }
                    }
                }
            }
            for (XWPFFooter footer : document.getFooterList()) {
                footer.getParagraphs().forEach(paragraph -> add(paragraph, runs));
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return runs;
    }

    private static void add(XWPFParagraph paragraph, List<Marked> runs) {
        for (XWPFRun run : paragraph.getRuns()) {
            boolean marked = run.getCTR().getRPr() != null && run.getCTR().getRPr().sizeOfLangArray() > 0;
            CTLanguage lang = marked ? run.getCTR().getRPr().getLangArray(0) : null;
            runs.add(lang == null ? new Marked(run.text(), null, null, null)
                    : new Marked(run.text(), lang.getVal(), lang.getEastAsia(), lang.getBidi()));
        }
    }

    /** The custom properties, each as {@code name=value}, in their order. */
    private static List<String> customProperties(DocxDocumentReader document) {
        List<String> names = document.strings("docProps/custom.xml", "/*/*/@name");
        List<String> values = document.strings("docProps/custom.xml", "/*/*/*");
        List<String> properties = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            properties.add(names.get(i) + "=" + values.get(i));
        }
        return properties;
    }
}
