package io.github.bulletinkit.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinkit.json.BulletinJsonWriter;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.testing.EdgeCases;
import io.github.bulletinkit.testing.RandomBulletins;
import io.github.bulletinkit.testing.Samples;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A bulletin rendered to DOCX and read back is the same bulletin: generated ones, with every emphasis, several
 * scripts, tabs, line breaks, no-break spaces and many links, and the edge cases of the model, laid out for the
 * screen and for paper.
 */
class DocxBulletinReaderRoundTripTest {

    private final DocxBulletinReader reader = new DocxBulletinReader();

    static LongStream seeds() {
        return RandomBulletins.seeds(200);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aGeneratedBulletinComesBackEqual(long seed) throws IOException {
        Bulletin bulletin = RandomBulletins.bulletin(seed);

        assertThat(readBack(bulletin, "seed-" + seed + ".docx"))
                .as("seed %d, %s", seed, BulletinJsonWriter.create().write(bulletin))
                .isEqualTo(bulletin);
    }

    static Stream<EdgeCases.Case> edgeCases() {
        return EdgeCases.cases().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edgeCases")
    void anEdgeCaseComesBackEqualWhateverTheLayout(EdgeCases.Case edge) throws IOException {
        byte[] docx = DocxRenderer.builder().options(edge.options()).build().render(edge.bulletin());

        assertThat(reader.read(new ByteArrayInputStream(docx), edge.name())).isEqualTo(edge.bulletin());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edgeCases")
    void anEdgeCaseLaidOutForPaperComesBackEqual(EdgeCases.Case edge) throws IOException {
        // Each link's printed address and QR code are the link's address shown again, and are passed over.
        byte[] docx = DocxRenderer.builder().options(edge.options()).forPrint(true).build().render(edge.bulletin());

        assertThat(reader.read(new ByteArrayInputStream(docx), edge.name())).isEqualTo(edge.bulletin());
    }

    @Test
    void theSampleAndTheTestBulletinsComeBackEqual() throws IOException {
        for (Bulletin bulletin : new Bulletin[] {Samples.sample(), TestBulletins.minimal(), TestBulletins.rich(),
            TestBulletins.multilingual(), TestBulletins.many(40)}) {
            assertThat(readBack(bulletin, bulletin.title())).isEqualTo(bulletin);
            byte[] forPrint = DocxRenderer.builder().forPrint(true).build().render(bulletin);
            assertThat(reader.read(new ByteArrayInputStream(forPrint), bulletin.title())).as("for print")
                    .isEqualTo(bulletin);
        }
    }

    private Bulletin readBack(Bulletin bulletin, String name) throws IOException {
        return reader.read(new ByteArrayInputStream(DocxRenderer.create().render(bulletin)), name);
    }
}
