package io.github.bulletinkit.format;

import io.github.bulletinkit.model.Bulletin;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Lays a bulletin out as a document of one format.
 *
 * <p>Implementations are configured once, are immutable, and are safe to use from many threads at once:
 * each call keeps its state to itself.
 *
 * @since 0.1.0
 */
public interface BulletinRenderer {

    /**
     * Writes {@code bulletin} to {@code out}. The stream is flushed but not closed. When this throws, what
     * was written to {@code out} is not a usable document.
     *
     * @param bulletin the bulletin to lay out; not null
     * @param out where the document goes; not null
     * @throws io.github.bulletinkit.model.InvalidBulletinException when the bulletin holds something this
     *     format cannot show (a character missing from the font, say), listing every such thing
     * @throws IOException when {@code out} fails
     */
    void render(Bulletin bulletin, OutputStream out) throws IOException;

    /**
     * The document as bytes, as {@link #render(Bulletin, OutputStream)} writes it.
     *
     * @param bulletin the bulletin to lay out; not null
     * @return the whole document; never null
     * @throws io.github.bulletinkit.model.InvalidBulletinException when the bulletin holds something this
     *     format cannot show
     * @throws UncheckedIOException wrapping an {@link IOException} that the renderer throws
     */
    default byte[] render(Bulletin bulletin) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            render(bulletin, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
