package io.github.bulletinkit.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinkit.contract.ContractBulletins;
import io.github.bulletinkit.json.BulletinJsonWriter;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.RichText;
import io.github.bulletinkit.model.Section;
import io.github.bulletinkit.testing.RandomBulletins;
import io.github.bulletinkit.testing.Samples;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A bulletin of sections rendered to DOCX and read back is the same bulletin: its introduction, each section's
 * heading and entries, and its closing; the contents list is passed over, not read as introduction. So are an
 * introduction and a closing around a table without sections.
 */
class DocxSectionsRoundTripTest {

    static final Path SAMPLE = Path.of("samples", "partnership-spring-2025.json");

    private final DocxBulletinReader reader = new DocxBulletinReader();

    static LongStream seeds() {
        return RandomBulletins.seeds(150);
    }

    static LongStream printSeeds() {
        return RandomBulletins.seeds(20);
    }

    @Test
    void theSampleComesBackEqualOnScreenAndOnPaper() throws IOException {
        Bulletin sample = Samples.read(SAMPLE);
        assertThat(sample.sections()).hasSize(4);
        assertThat(sample.introduction()).hasSize(2);

        assertThat(readBack(sample, false)).isEqualTo(sample);
        assertThat(readBack(sample, true)).as("for print").isEqualTo(sample);
    }

    @Test
    void theContractBulletinOfSectionsComesBackEqualOnScreenAndOnPaper() throws IOException {
        Bulletin sectioned = ContractBulletins.sectioned();

        assertThat(readBack(sectioned, false)).isEqualTo(sectioned);
        assertThat(readBack(sectioned, true)).as("for print").isEqualTo(sectioned);
    }

    @Test
    void theContentsListIsPassedOverAndTheIntroductionIsReadAlone() throws IOException {
        Bulletin read = readBack(ContractBulletins.sectioned(), false);

        assertThat(read.introduction()).extracting(RichText::plainText).containsExactly(
                "Welcome to the spring bulletin. This edition brings new national guidance and the partnership's"
                        + " training dates.",
                "With thanks to everyone who contributed.");
        assertThat(read.sections()).extracting(Section::heading)
                .containsExactly("Research and reports", "Policy and guidance", "Training and events");
    }

    @Test
    void aBulletinOfOneSectionWithoutAContentsListComesBackEqual() throws IOException {
        Bulletin sectioned = ContractBulletins.sectioned();
        Bulletin one = Bulletin.builder(sectioned.title()).introduction(sectioned.introduction().get(0))
                .section(sectioned.sections().get(1)).build();

        assertThat(readBack(one, false)).isEqualTo(one);
    }

    @Test
    void anIntroductionAndAClosingAroundATableWithoutSectionsComeBackEqual() throws IOException {
        Bulletin sectioned = ContractBulletins.sectioned();
        Bulletin flat = Bulletin.builder(sectioned.title()).subtitle(sectioned.subtitle())
                .introduction(sectioned.introduction().get(0)).entries(sectioned.entries())
                .closing(sectioned.closing().get(0)).closing(sectioned.closing().get(1)).build();
        Bulletin closingOnly = Bulletin.builder(sectioned.title()).entries(sectioned.entries())
                .closing(sectioned.closing().get(0)).build();

        assertThat(readBack(flat, false)).isEqualTo(flat);
        assertThat(readBack(closingOnly, false)).isEqualTo(closingOnly);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aGeneratedBulletinOfSectionsComesBackEqual(long seed) throws IOException {
        Bulletin bulletin = RandomBulletins.sectioned(seed);

        assertThat(readBack(bulletin, false)).as("seed %d, %s", seed, BulletinJsonWriter.create().write(bulletin))
                .isEqualTo(bulletin);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("printSeeds")
    void aGeneratedBulletinOfSectionsLaidOutForPaperComesBackEqual(long seed) throws IOException {
        Bulletin bulletin = RandomBulletins.sectioned(seed);

        assertThat(readBack(bulletin, true)).as("seed %d, %s", seed, BulletinJsonWriter.create().write(bulletin))
                .isEqualTo(bulletin);
    }

    @Test
    void theGeneratedBulletinsHaveEveryPartOfASectionedBulletin() {
        List<Bulletin> bulletins = seeds().mapToObj(RandomBulletins::sectioned).toList();

        assertThat(bulletins).anyMatch(b -> b.sections().size() == 1).anyMatch(b -> b.sections().size() == 4)
                .anyMatch(b -> b.introduction().isEmpty()).anyMatch(b -> b.introduction().size() > 1)
                .anyMatch(b -> b.closing().isEmpty()).anyMatch(b -> b.closing().size() > 1)
                .anyMatch(b -> b.subtitle().isEmpty() && b.publisher().isEmpty() && !b.introduction().isEmpty())
                .anyMatch(b -> BulletinJsonWriter.create().write(b).contains("\"tel:"));
    }

    private Bulletin readBack(Bulletin bulletin, boolean forPrint) throws IOException {
        byte[] docx = DocxRenderer.builder().forPrint(forPrint).build().render(bulletin);
        return reader.read(new ByteArrayInputStream(docx), bulletin.title());
    }
}
