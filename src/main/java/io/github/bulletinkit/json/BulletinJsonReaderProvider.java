package io.github.bulletinkit.json;

import io.github.bulletinkit.format.BulletinReader;
import io.github.bulletinkit.format.ReadLimits;
import io.github.bulletinkit.format.ReaderProvider;

/**
 * Provides {@link BulletinJsonReader}s for the format {@code json}, to {@link java.util.ServiceLoader}. A document
 * whose first character, after white space and a byte order mark, is <code>{</code> is taken as JSON. Stateless
 * and thread-safe.
 *
 * @since 0.2.0
 */
public final class BulletinJsonReaderProvider implements ReaderProvider {

    /** For {@link java.util.ServiceLoader}. */
    public BulletinJsonReaderProvider() {
    }

    @Override
    public String format() {
        return "json";
    }

    @Override
    public Match match(byte[] head, String fileName) {
        int at = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF
                ? 3 : 0;
        while (at < head.length && (head[at] == ' ' || head[at] == '\t' || head[at] == '\r' || head[at] == '\n')) {
            at++;
        }
        return at < head.length && head[at] == '{' ? Match.SIGNATURE : Match.NONE;
    }

    /** @throws NullPointerException when {@code limits} is null */
    @Override
    public BulletinReader create(ReadLimits limits) {
        return BulletinJsonReader.create(limits);
    }
}
