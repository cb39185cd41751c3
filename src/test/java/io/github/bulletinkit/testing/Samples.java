package io.github.bulletinkit.testing;

import io.github.bulletinkit.json.BulletinJsonReader;
import io.github.bulletinkit.model.Bulletin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** The project's sample files, read once for all tests. */
public final class Samples {

    public static final Path SAMPLE_JSON = Path.of("samples", "safeguarding-updates.json");
    public static final Path SECTIONED_JSON = Path.of("samples", "partnership-spring-2025.json");
    public static final Path LEGACY_EXPORT = Path.of("samples", "legacy", "safeguarding-updates.txt");

    private static final Bulletin SAMPLE = read(SAMPLE_JSON);

    private Samples() {
    }

    /** The sample bulletin, {@code samples/safeguarding-updates.json}. */
    public static Bulletin sample() {
        return SAMPLE;
    }

    /** The sample bulletin of sections, {@code samples/partnership-spring-2025.json}. */
    public static Bulletin sectioned() {
        return read(SECTIONED_JSON);
    }

    public static Bulletin read(Path json) {
        try {
            return BulletinJsonReader.create().read(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
