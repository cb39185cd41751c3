package io.github.bulletinkit.docx;

import io.github.bulletinkit.format.BulletinReader;
import io.github.bulletinkit.format.ReadLimits;
import io.github.bulletinkit.format.ReaderProvider;
import java.util.Arrays;
import java.util.Locale;

/**
 * Provides {@link DocxBulletinReader}s for the format {@code docx}, to {@link java.util.ServiceLoader}. A file
 * named {@code .docx} is taken as one by its name, so that a damaged one is told what is wrong with it; any other
 * ZIP archive could be one. Stateless and thread-safe.
 *
 * @since 0.2.0
 */
public final class DocxBulletinReaderProvider implements ReaderProvider {

    /** What every ZIP archive, and so every .docx, starts with. */
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    /** For {@link java.util.ServiceLoader}. */
    public DocxBulletinReaderProvider() {
    }

    @Override
    public String format() {
        return "docx";
    }

    @Override
    public Match match(byte[] head, String fileName) {
        if (fileName.toLowerCase(Locale.ROOT).endsWith(".docx")) {
            return Match.SIGNATURE;
        }
        boolean zip = head.length >= ZIP_MAGIC.length
                && Arrays.equals(head, 0, ZIP_MAGIC.length, ZIP_MAGIC, 0, ZIP_MAGIC.length);
        return zip ? Match.CONTAINER : Match.NONE;
    }

    /** @throws NullPointerException when {@code limits} is null */
    @Override
    public BulletinReader create(ReadLimits limits) {
        return new DocxBulletinReader(limits);
    }
}
