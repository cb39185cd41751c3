package io.github.bulletinkit.docx;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.InvalidBulletinException;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Fuzzes the Word reader: any bytes are either a bulletin or an {@link InvalidBulletinException}, and what it
 * reads renders to a document that reads back the same. Without {@code JAZZER_FUZZ} it replays
 * {@code DocxBulletinReaderFuzzTestInputs} (a rendered document, the same saved by LibreOffice, which writes a
 * link with a fragment as a HYPERLINK field, the same cut short, and text); with it, it fuzzes for 30 seconds, the run that CI makes.
 */
class DocxBulletinReaderFuzzTest {

    private final DocxBulletinReader reader = new DocxBulletinReader();

    @FuzzTest(maxDuration = "30s")
    void readAnyDocument(byte[] input) throws IOException {
        Bulletin bulletin;
        try {
            bulletin = reader.read(new ByteArrayInputStream(input), "fuzz.docx");
        } catch (InvalidBulletinException e) {
            assertThat(e.problems()).allSatisfy(problem -> assertThat(problem.message()).isNotBlank());
            return;
        }
        byte[] rendered = DocxRenderer.create().render(bulletin);
        assertThat(reader.read(new ByteArrayInputStream(rendered), "rendered.docx")).isEqualTo(bulletin);
    }
}
