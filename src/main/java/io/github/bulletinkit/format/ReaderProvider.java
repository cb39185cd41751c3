package io.github.bulletinkit.format;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Makes readers of one format, and tells whether a document looks like one of that format. Found with
 * {@link ServiceLoader}, as {@link RendererProvider}s are: a jar adds a format to {@code bulletinkit import} by
 * naming its provider in {@code META-INF/services/io.github.bulletinkit.format.ReaderProvider}, or, as a module,
 * with {@code provides io.github.bulletinkit.format.ReaderProvider with ...}.
 *
 * @since 0.2.0
 */
public interface ReaderProvider {

    /** How well a document's first bytes match a format, from not at all to by a signature of its own. */
    enum Match {
        /** The document is not of this format. */
        NONE,
        /** The format has no signature, and the document could be of it: plain text, say. */
        FALLBACK,
        /** The document is a container this format uses, such as any ZIP archive for a Word reader. */
        CONTAINER,
        /** The document carries this format's own signature, or its file name says so. */
        SIGNATURE
    }

    /** How many of a document's first bytes {@link #match} is shown, at most. */
    int HEAD_BYTES = 4096;

    /**
     * The format's short name.
     *
     * @return the name, such as {@code docx}; lower case, unique among providers, never null
     */
    String format();

    /**
     * How well a document matches this format.
     *
     * @param head the document's first bytes, at most {@link #HEAD_BYTES} of them; empty for an empty document or
     *     one that cannot be read; not null, and not to be changed
     * @param fileName the document's file name, or empty; not null
     * @return the match; never null
     */
    Match match(byte[] head, String fileName);

    /**
     * A reader that holds documents to {@code limits}.
     *
     * @param limits the bounds on what it accepts; not null
     * @return the reader; never null
     */
    BulletinReader create(ReadLimits limits);

    /**
     * Every provider that {@link ServiceLoader} finds for this interface, sorted by format. Discovery
     * happens only when this is called, each time anew.
     *
     * @return the providers, sorted by {@link #format()}; unmodifiable, may be empty, never null
     * @throws java.util.ServiceConfigurationError when a provider named in the configuration cannot be loaded
     */
    static List<ReaderProvider> discover() {
        return ServiceLoader.load(ReaderProvider.class).stream()
                .map(ServiceLoader.Provider::get)
                .sorted(Comparator.comparing(ReaderProvider::format))
                .toList();
    }

    /**
     * The provider, among those {@link #discover()} finds, that matches a file best by its first bytes and its
     * name.
     *
     * @param file the file; not null. One that is no regular file (missing, say) is matched by its name alone, so
     *     that its reader is the one to say what is wrong with it
     * @return the best provider, or empty when none matches at all; never null
     * @throws IOException when the file's first bytes cannot be read
     * @throws java.util.ServiceConfigurationError when a provider named in the configuration cannot be loaded
     */
    static Optional<ReaderProvider> forFile(Path file) throws IOException {
        byte[] head = new byte[0];
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(HEAD_BYTES);
            }
        }
        Path name = file.getFileName();
        return best(discover(), head, name == null ? "" : name.toString());
    }

    /**
     * The provider among {@code providers} that matches a document best; of two that match it equally, the
     * first.
     *
     * @param providers the providers to ask, such as {@link #discover()}; not null
     * @param head the document's first bytes, as for {@link #match}; not null
     * @param fileName the document's file name, or empty; not null
     * @return the best provider, or empty when none matches at all; never null
     */
    static Optional<ReaderProvider> best(List<ReaderProvider> providers, byte[] head, String fileName) {
        ReaderProvider best = null;
        Match bestMatch = Match.NONE;
        for (ReaderProvider provider : providers) {
            Match match = provider.match(head, fileName);
            if (match.compareTo(bestMatch) > 0) {
                best = provider;
                bestMatch = match;
            }
        }
        return Optional.ofNullable(best);
    }
}
