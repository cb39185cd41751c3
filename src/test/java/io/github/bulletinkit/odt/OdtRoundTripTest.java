package io.github.bulletinkit.odt;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinkit.format.RenderOptions;
import io.github.bulletinkit.json.BulletinJsonWriter;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.Entry;
import io.github.bulletinkit.model.Label;
import io.github.bulletinkit.testing.EdgeCases;
import io.github.bulletinkit.testing.RandomBulletins;
import io.github.bulletinkit.testing.Samples;
import io.github.bulletinkit.testing.TestThemes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A bulletin rendered to ODT and read back is the same bulletin: the samples, generated ones with every
 * emphasis, several scripts and languages, tabs, line breaks and runs of spaces, and the edge cases of the model,
 * laid out for the screen and for paper, plain and themed.
 */
class OdtRoundTripTest {

    static final Path WELSH_JSON = Path.of("samples", "diweddariadau-diogelu.json");
    static final Path ARABIC_JSON = Path.of("samples", "tahdithat-alhimaya.json");
    static final Path COMMUNITY_JSON = Path.of("samples", "community-languages.json");

    private final OdtBulletinReader reader = new OdtBulletinReader();

    static LongStream seeds() {
        return RandomBulletins.seeds(200);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aGeneratedBulletinComesBackEqual(long seed) throws IOException {
        for (Bulletin bulletin : new Bulletin[] {RandomBulletins.bulletin(seed), RandomBulletins.sectioned(seed),
            RandomBulletins.multilingual(seed), RandomBulletins.scripts(seed)}) {
            assertThat(readBack(bulletin, OdtRenderer.create(), "seed-" + seed + ".odt"))
                    .as("seed %d, %s", seed, BulletinJsonWriter.create().write(bulletin))
                    .isEqualTo(bulletin);
        }
    }

    static Stream<EdgeCases.Case> edgeCases() {
        return EdgeCases.cases().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edgeCases")
    void anEdgeCaseComesBackEqualOnScreenAndOnPaper(EdgeCases.Case edge) throws IOException {
        assertThat(readBack(edge.bulletin(), OdtRenderer.builder().options(edge.options()).build(), edge.name()))
                .isEqualTo(edge.bulletin());
        // Each link's printed address and QR code are the link's address shown again, and are passed over.
        assertThat(readBack(edge.bulletin(), OdtRenderer.builder().options(edge.options()).forPrint(true).build(),
                edge.name())).as("for print").isEqualTo(edge.bulletin());
    }

    @Test
    void theSamplesComeBackEqualInEveryLayout() throws IOException {
        RenderOptions themed = RenderOptions.builder().theme(TestThemes.organisation()).build();
        for (Bulletin bulletin : new Bulletin[] {Samples.sample(), Samples.sectioned(), Samples.read(WELSH_JSON),
            Samples.read(ARABIC_JSON), Samples.read(COMMUNITY_JSON)}) {
            for (OdtRenderer renderer : new OdtRenderer[] {OdtRenderer.create(),
                OdtRenderer.builder().forPrint(true).build(), OdtRenderer.builder().options(themed).build()}) {
                assertThat(readBack(bulletin, renderer, bulletin.title())).isEqualTo(bulletin);
            }
        }
    }

    @Test
    void aRightToLeftBulletinIsWrittenRightToLeftAndComesBackEqual() throws IOException {
        Bulletin arabic = Bulletin.builder("نشرة الحماية").language("ar").columns("المعلومات", "الرابط")
                .label(Label.SOURCE, "المصدر:").label(Label.PUBLISHED, "تاريخ النشر:")
                .entry(Entry.builder().topic("سلامة الأطفال").source("وزارة التعليم")
                        .published(LocalDate.of(2025, 1, 6))
                        .paragraph("نشرت الوزارة تقريرا جديدا عن سلامة الأطفال على الإنترنت.")
                        .link("اقرأ التقرير:", "التقرير الكامل", "https://example.org/").build())
                .build();
        byte[] odt = OdtRenderer.create().render(arabic);
        String styles = new String(OdtPackageTest.parts(odt).get("styles.xml"), StandardCharsets.UTF_8);
        String content = new String(OdtPackageTest.parts(odt).get("content.xml"), StandardCharsets.UTF_8);

        assertThat(styles).contains("<style:style style:name=\"Standard\" style:family=\"paragraph\""
                + " style:class=\"text\"><style:paragraph-properties fo:text-align=\"end\""
                + " style:writing-mode=\"rl-tb\"/>");
        // The footer's words, English for want of Arabic ones, run left to right.
        assertThat(styles).containsPattern("style:display-name=\"Footer\"[^>]*><style:paragraph-properties [^>]*"
                + "style:writing-mode=\"lr-tb\"");
        assertThat(content).contains("style:writing-mode=\"rl-tb\"");
        assertThat(reader.read(new ByteArrayInputStream(odt), "arabic.odt")).isEqualTo(arabic);
    }

    @Test
    void anEntryOfTheOtherDirectionRunsItsOwnWayInItsCells() throws IOException {
        String content = new String(OdtPackageTest.parts(OdtRenderer.create().render(Samples.read(COMMUNITY_JSON)))
                .get("content.xml"), StandardCharsets.UTF_8);

        // The Urdu and Hebrew entries' paragraphs take automatic styles that run right to left, aligned right;
        // the English document's own paragraphs keep their named styles.
        Matcher rightToLeft = Pattern.compile("<style:style style:name=\"(P[0-9]+)\" style:family=\"paragraph\""
                + " style:parent-style-name=\"Heading_20_2\"><style:paragraph-properties fo:text-align=\"end\""
                + " style:writing-mode=\"rl-tb\"/>").matcher(content);
        assertThat(rightToLeft.find()).as("a right-to-left topic style in %s", content).isTrue();
        assertThat(content).containsPattern("<text:h text:style-name=\"" + rightToLeft.group(1)
                + "\" text:outline-level=\"2\"><text:span [^>]*>[^<]*\u062d\u0641\u0627\u0638\u062a");
        assertThat(content).doesNotContainPattern("style:family=\"paragraph\"[^>]*><style:paragraph-properties[^>]*"
                + "lr-tb");
    }

    private Bulletin readBack(Bulletin bulletin, OdtRenderer renderer, String name) throws IOException {
        return reader.read(new ByteArrayInputStream(renderer.render(bulletin)), name);
    }
}
