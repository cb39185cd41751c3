package io.github.bulletinkit.legacy;

import io.github.bulletinkit.format.BulletinReader;
import io.github.bulletinkit.format.ReadLimits;
import io.github.bulletinkit.format.ReaderProvider;

/**
 * Provides {@link LegacyExportReader}s for the format {@code legacy}, to {@link java.util.ServiceLoader}. An
 * export is plain text with no signature of its own, so it is what a document is taken for when no other format
 * claims it, and then told what cannot be placed. Stateless and thread-safe.
 *
 * @since 0.2.0
 */
public final class LegacyExportReaderProvider implements ReaderProvider {

    /** For {@link java.util.ServiceLoader}. */
    public LegacyExportReaderProvider() {
    }

    @Override
    public String format() {
        return "legacy";
    }

    @Override
    public Match match(byte[] head, String fileName) {
        return Match.FALLBACK;
    }

    /** @throws NullPointerException when {@code limits} is null */
    @Override
    public BulletinReader create(ReadLimits limits) {
        return new LegacyExportReader(limits);
    }
}
