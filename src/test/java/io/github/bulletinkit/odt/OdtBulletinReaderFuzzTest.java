package io.github.bulletinkit.odt;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.InvalidBulletinException;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Fuzzes the OpenDocument reader: any bytes are either a bulletin or an {@link InvalidBulletinException}, and
 * what it reads renders to a document that reads back the same. Without {@code JAZZER_FUZZ} it replays
 * {@code OdtBulletinReaderFuzzTestInputs} (a rendered bulletin of sections laid out for paper, the same saved by
 * LibreOffice, the same cut short, and text); with it, it fuzzes for 30 seconds, the run that CI makes.
 */
class OdtBulletinReaderFuzzTest {

    private final OdtBulletinReader reader = new OdtBulletinReader();

    @FuzzTest(maxDuration = "30s")
    void readAnyDocument(byte[] input) throws IOException {
        Bulletin bulletin;
        try {
            bulletin = reader.read(new ByteArrayInputStream(input), "fuzz.odt");
        } catch (InvalidBulletinException e) {
            assertThat(e.problems()).allSatisfy(problem -> assertThat(problem.message()).isNotBlank());
            return;
        }
        byte[] rendered = OdtRenderer.create().render(bulletin);
        assertThat(reader.read(new ByteArrayInputStream(rendered), "rendered.odt")).isEqualTo(bulletin);
    }
}
