package io.github.bulletinkit.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bulletinkit.json.BulletinJsonWriter;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.Entry;
import io.github.bulletinkit.model.InvalidBulletinException;
import io.github.bulletinkit.model.Label;
import io.github.bulletinkit.model.Run;
import io.github.bulletinkit.testing.RandomBulletins;
import io.github.bulletinkit.testing.Samples;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Word import gives back every language exactly: the document's, an entry's own, a run's in yet another
 * one; the labels and dates of the document's language, and the labels a bulletin overrides. What editors do to
 * the tags (a region added, the document's language written out, Word's attributes for other scripts) does
 * not change what is read.
 */
class DocxLanguagesRoundTripTest {

    private final DocxBulletinReader reader = new DocxBulletinReader();

    @Test
    void theWelshSampleComesBackExactlyOnScreenAndOnPaper() {
        Bulletin welsh = LanguageBulletins.welshSample();
        Bulletin read = readBack(welsh, false);

        assertThat(read.language()).isEqualTo("cy");
        assertThat(read.entries()).extracting(Entry::language).containsExactly("", "", "en-GB");
        assertThat(read.entries().get(0).links().get(0).text().runs()).extracting(Run::language)
                .containsExactly("en");
        assertThat(read.entries().get(2).links().get(0).text().runs()).extracting(Run::language)
                .containsExactly("");
        assertThat(read).isEqualTo(welsh);
        assertThat(readBack(welsh, true)).as("for print").isEqualTo(welsh);
    }

    @Test
    void anEnglishBulletinWithAWelshEntryAndAWelshPhraseComesBackExactly() {
        Bulletin english = LanguageBulletins.englishWithWelsh();
        Bulletin read = readBack(english, false);

        assertThat(read.entries()).extracting(Entry::language).containsExactly("", "cy");
        // Inside the Welsh entry, the English body's name is in the bulletin's language, and says so.
        assertThat(read.entries().get(1).summary().get(0).runs()).extracting(Run::language)
                .containsExactly("", "en-GB", "");
        assertThat(read.introduction().get(0).runs()).extracting(Run::language).containsExactly("", "cy", "");
        assertThat(read).isEqualTo(english);
        assertThat(readBack(english, true)).as("for print").isEqualTo(english);
    }

    @Test
    void runsOfEveryScriptAndABulletinWithoutLabelsOfItsLanguageComeBackExactly() {
        for (Bulletin bulletin : List.of(LanguageBulletins.scripts(), LanguageBulletins.namedScripts(),
                LanguageBulletins.polish())) {
            assertThat(readBack(bulletin, false)).as(bulletin.title()).isEqualTo(bulletin);
        }
    }

    @Test
    void aBulletinsOwnLabelsComeBackAndItsRowsAreReadWithThem() {
        Bulletin polish = LanguageBulletins.polishWithLabels();
        Bulletin read = readBack(polish, false);

        assertThat(read.labels()).containsEntry(Label.SOURCE, "Źródło:").containsEntry(Label.PUBLISHED,
                "Data publikacji:").hasSize(6);
        assertThat(read.entries().get(0).source()).isEqualTo("Rzecznik Praw Dziecka");
        assertThat(read).isEqualTo(polish);
    }

    @Test
    void theDatesOfEveryMonthInWelshComeBack() {
        Bulletin.Builder welsh = Bulletin.builder("Dyddiadau").language("cy");
        for (int month = 1; month <= 12; month++) {
            welsh.entry(Entry.builder().topic("Mis " + month).source("Ffynhonnell " + month)
                    .published(LocalDate.of(2025, month, month * 2)).paragraph("Crynodeb.").build());
        }
        Bulletin bulletin = welsh.build();
        byte[] docx = DocxRenderer.create().render(bulletin);

        assertThat(new DocxDocumentReader(docx).text()).contains("Dyddiad cyhoeddi: 02 Ionawr 2025",
                "Dyddiad cyhoeddi: 24 Rhagfyr 2025");
        assertThat(read(docx)).isEqualTo(bulletin);
    }

    static LongStream seeds() {
        return RandomBulletins.seeds(150);
    }

    static LongStream printSeeds() {
        return RandomBulletins.seeds(15);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aGeneratedMultilingualBulletinComesBackExactly(long seed) {
        Bulletin bulletin = RandomBulletins.multilingual(seed);

        assertThat(readBack(bulletin, false)).as("seed %d, %s", seed, BulletinJsonWriter.create().write(bulletin))
                .isEqualTo(bulletin);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("printSeeds")
    void aGeneratedMultilingualBulletinLaidOutForPaperComesBackExactly(long seed) {
        Bulletin bulletin = RandomBulletins.multilingual(seed);

        assertThat(readBack(bulletin, true)).as("seed %d, %s", seed, BulletinJsonWriter.create().write(bulletin))
                .isEqualTo(bulletin);
    }

    @Test
    void aTagThatAnEditorGaveARegionReadsAsTheBulletinsOwn() {
        Bulletin welsh = LanguageBulletins.welshSample();
        byte[] widened = ZipParts.replace(DocxRenderer.create().render(welsh), WordEdits.DOCUMENT,
                document -> document.replace("w:val=\"en\"", "w:val=\"en-US\""));
        Bulletin english = LanguageBulletins.englishWithWelsh();
        byte[] welshWidened = ZipParts.replace(DocxRenderer.create().render(english), WordEdits.DOCUMENT,
                document -> document.replace("w:val=\"cy\"", "w:val=\"cy-GB\""));

        assertThat(WordEdits.part(widened, WordEdits.DOCUMENT)).contains("w:val=\"en-US\"");
        assertThat(read(widened)).isEqualTo(welsh);
        assertThat(WordEdits.part(welshWidened, WordEdits.DOCUMENT)).contains("w:val=\"cy-GB\"");
        assertThat(read(welshWidened)).isEqualTo(english);
    }

    @Test
    void runsMarkedInTheDocumentsLanguageWithWordsOtherAttributesOrWithNoLanguageReadUnmarked() {
        Bulletin welsh = LanguageBulletins.welshSample();
        Bulletin english = Samples.sample();
        // Word marks runs in the document's language too, with the languages of other scripts beside it.
        byte[] welshMarked = markUnmarkedRuns(DocxRenderer.create().render(welsh),
                "<w:lang w:val=\"cy-GB\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/>");
        byte[] englishMarked = markUnmarkedRuns(DocxRenderer.create().render(english),
                "<w:lang w:val=\"en-GB\" w:eastAsia=\"x-none\"/>");
        byte[] noLanguage = markUnmarkedRuns(DocxRenderer.create().render(english), "<w:lang w:val=\"x-none\"/>");

        assertThat(WordEdits.part(welshMarked, WordEdits.DOCUMENT)).contains("w:bidi=\"ar-SA\"");
        assertThat(read(welshMarked)).isEqualTo(welsh);
        assertThat(read(englishMarked)).isEqualTo(english);
        assertThat(read(noLanguage)).isEqualTo(english);
    }

    @Test
    void rowsWithTheEnglishLabelsOfDocumentsBeforeWelshStillRead() {
        Bulletin welsh = LanguageBulletins.welshSample();
        byte[] english = ZipParts.replace(DocxRenderer.create().render(welsh), WordEdits.DOCUMENT,
                document -> document.replace("Ffynhonnell:", "Source:").replace("Dyddiad cyhoeddi: 06 Ionawr",
                        "Date published: 06 January").replace("Dyddiad cyhoeddi:", "Date published:"));

        assertThat(WordEdits.part(english, WordEdits.DOCUMENT)).doesNotContain("Ffynhonnell", "Dyddiad");
        assertThat(read(english)).isEqualTo(welsh);
    }

    @Test
    void aRowWithoutTheWelshLabelIsReportedWithTheWelshLabels() {
        byte[] edited = ZipParts.replace(DocxRenderer.create().render(LanguageBulletins.welshSample()),
                WordEdits.DOCUMENT, document -> document.replace("Ffynhonnell: NSPCC", "O: NSPCC"));

        assertThatThrownBy(() -> read(edited)).isInstanceOf(InvalidBulletinException.class).hasMessageContaining(
                "welsh.docx: table row 2, left cell, paragraph 2: expected the line \"Ffynhonnell: …\" under the"
                        + " topic, but found \"O: NSPCC Learning\"; an entry's cell holds its topic, a line"
                        + " \"Ffynhonnell: …\", a line \"Dyddiad cyhoeddi: …\" and its summary, a paragraph each");
    }

    @Test
    void aLabelPropertyTheModelRefusesIsReportedAtTheProperty() {
        byte[] edited = ZipParts.replace(DocxRenderer.create().render(LanguageBulletins.polishWithLabels()),
                "docProps/custom.xml", part -> part.replace("Strona {page} z {pages}", "Strona"));

        assertThatThrownBy(() -> read(edited)).isInstanceOf(InvalidBulletinException.class).hasMessageContaining(
                "welsh.docx: document properties, BulletinKit labels.page: \"Strona\" has no {page} to write it in");
    }

    /** Gives every run without properties the properties {@code lang}. */
    private static byte[] markUnmarkedRuns(byte[] docx, String lang) {
        return ZipParts.replace(docx, WordEdits.DOCUMENT, document -> document.replace("<w:r><w:t",
                "<w:r><w:rPr>" + lang + "</w:rPr><w:t"));
    }

    private Bulletin readBack(Bulletin bulletin, boolean forPrint) {
        return read(DocxRenderer.builder().forPrint(forPrint).build().render(bulletin));
    }

    private Bulletin read(byte[] docx) {
        try {
            return reader.read(new ByteArrayInputStream(docx), "welsh.docx");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
