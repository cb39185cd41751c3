package io.github.bulletinkit.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.bulletinkit.format.ReadLimits;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.InvalidBulletinException;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Fuzzes the JSON reader: any input is either a bulletin or an {@link InvalidBulletinException}, and what it
 * reads survives the writer. Without {@code JAZZER_FUZZ} it replays
 * {@code BulletinJsonReaderFuzzTestInputs}; with it, it fuzzes for 30 seconds, the run that CI makes.
 */
class BulletinJsonReaderFuzzTest {

    private static final BulletinJsonReader READER = BulletinJsonReader.create();
    /** Limits small enough that fuzzed inputs reach every one of them. */
    private static final BulletinJsonReader TIGHT = BulletinJsonReader.create(new ReadLimits(1024, 2, 64, 2));
    private static final BulletinJsonWriter WRITER = BulletinJsonWriter.create();

    @FuzzTest(maxDuration = "30s")
    void readAnyInput(byte[] input) {
        Bulletin fromBytes = readOrNull(() -> READER.read(new ByteArrayInputStream(input), "fuzz.json"));
        Bulletin fromText = readOrNull(() -> READER.read(new String(input, UTF_8), "fuzz.json"));
        Bulletin tight = readOrNull(() -> TIGHT.read(new ByteArrayInputStream(input), "fuzz.json"));

        for (Bulletin read : new Bulletin[] {fromBytes, fromText}) {
            if (read != null) {
                assertThat(READER.read(WRITER.write(read), "written.json")).isEqualTo(read);
            }
        }
        if (fromBytes != null && fromText != null) {
            assertThat(fromText).isEqualTo(fromBytes);
        }
        if (tight != null) {
            assertThat(fromBytes).as("what tight limits accept, the defaults accept").isEqualTo(tight);
        }
    }

    /** The bulletin read, or null when the input is invalid; any other exception fails the test. */
    private static Bulletin readOrNull(Read read) {
        try {
            return read.read();
        } catch (IOException e) {
            throw new AssertionError("a stream of bytes in memory does not fail", e);
        } catch (InvalidBulletinException e) {
            assertThat(e.problems()).allSatisfy(problem -> assertThat(problem.message()).isNotBlank());
            return null;
        }
    }

    private interface Read {
        Bulletin read() throws IOException;
    }
}
