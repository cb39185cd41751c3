package io.github.bulletinkit.odt;

import io.github.bulletinkit.format.BulletinReader;
import io.github.bulletinkit.format.ReadLimits;
import io.github.bulletinkit.format.ReaderProvider;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Provides {@link OdtBulletinReader}s for the format {@code odt}, to {@link java.util.ServiceLoader}. A file named
 * {@code .odt}, or whose ZIP archive starts with the OpenDocument text's {@code mimetype}, as every
 * well-made one does, is taken as one, so that a damaged one is told what is wrong with it. Stateless and
 * thread-safe.
 *
 * @since 0.2.0
 */
public final class OdtBulletinReaderProvider implements ReaderProvider {

    /** A ZIP archive whose first entry is the stored {@code mimetype}: the media type is at byte 38. */
    private static final byte[] SIGNATURE = ("mimetype" + "application/vnd.oasis.opendocument.text")
            .getBytes(StandardCharsets.US_ASCII);
    private static final int SIGNATURE_AT = 30;

    /** For {@link java.util.ServiceLoader}. */
    public OdtBulletinReaderProvider() {
    }

    @Override
    public String format() {
        return "odt";
    }

    @Override
    public Match match(byte[] head, String fileName) {
        if (fileName.toLowerCase(Locale.ROOT).endsWith(".odt")) {
            return Match.SIGNATURE;
        }
        boolean signed = head.length >= SIGNATURE_AT + SIGNATURE.length && head[0] == 'P' && head[1] == 'K'
                && Arrays.equals(head, SIGNATURE_AT, SIGNATURE_AT + SIGNATURE.length, SIGNATURE, 0,
                        SIGNATURE.length);
        return signed ? Match.SIGNATURE : Match.NONE;
    }

    /** @throws NullPointerException when {@code limits} is null */
    @Override
    public BulletinReader create(ReadLimits limits) {
        return new OdtBulletinReader(limits);
    }
}
