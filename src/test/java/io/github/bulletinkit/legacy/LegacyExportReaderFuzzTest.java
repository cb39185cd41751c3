package io.github.bulletinkit.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import com.code_intelligence.jazzer.mutation.annotation.WithUtf8Length;
import io.github.bulletinkit.json.BulletinJsonReader;
import io.github.bulletinkit.json.BulletinJsonWriter;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.InvalidBulletinException;
import java.io.IOException;
import java.io.StringReader;

/**
 * Fuzzes the legacy importer: any text is either a bulletin or an {@link InvalidBulletinException}, and what
 * it imports can be written as JSON and read back the same. Without {@code JAZZER_FUZZ} it replays
 * {@code LegacyExportReaderFuzzTestInputs}; with it, it fuzzes for 30 seconds, the run that CI makes.
 */
class LegacyExportReaderFuzzTest {

    private final LegacyExportReader reader = new LegacyExportReader();

    @FuzzTest(maxDuration = "30s")
    void readAnyText(@NotNull @WithUtf8Length(max = 10_000) String export) throws IOException {
        Bulletin bulletin;
        try {
            bulletin = reader.read(new StringReader(export), "fuzz.txt");
        } catch (InvalidBulletinException e) {
            assertThat(e.problems()).allSatisfy(problem -> assertThat(problem.message()).isNotBlank());
            return;
        }
        String json = BulletinJsonWriter.create().write(bulletin);
        assertThat(BulletinJsonReader.create().read(json, "written.json")).isEqualTo(bulletin);
    }
}
