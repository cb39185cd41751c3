package io.github.bulletinkit.format;

import io.github.bulletinkit.model.Bulletin;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Reads bulletins from documents of one format: the JSON format, an old export, a Word document. Every reader
 * reports the same way: a document that is not a bulletin it can read in full is refused with an
 * {@link io.github.bulletinkit.model.InvalidBulletinException} that lists every problem at once, each at its
 * place and naming the input; a document larger than its {@link #limits()} allow is refused before it costs much.
 *
 * <p>Implementations are configured once, are immutable, and are safe to use from many threads at once.
 *
 * @since 0.2.0
 */
public interface BulletinReader {

    /**
     * The bounds this reader holds documents to.
     *
     * @return the limits; never null
     */
    ReadLimits limits();

    /**
     * Reads a document file.
     *
     * @param file the document; not null. Problems name it as {@link Path#toString()} gives it
     * @return the bulletin; never null
     * @throws io.github.bulletinkit.model.InvalidBulletinException when the file is not a bulletin this reader can
     *     read in full, or is larger than the limits allow
     * @throws IOException when the file cannot be read
     */
    Bulletin read(Path file) throws IOException;

    /**
     * Reads a document from a stream, which is read to its end (or to the limit) and not closed.
     *
     * @param in the document's bytes; not null
     * @param name how problems name the input, such as its file name; null counts as empty
     * @return the bulletin; never null
     * @throws io.github.bulletinkit.model.InvalidBulletinException when the bytes are not a bulletin this reader
     *     can read in full, or are more than the limits allow (it stops reading there)
     * @throws IOException when {@code in} fails
     */
    Bulletin read(InputStream in, String name) throws IOException;
}
