package io.github.bulletinkit.json;

import io.github.bulletinkit.format.BulletinReader;
import io.github.bulletinkit.format.ReadLimits;
import io.github.bulletinkit.json.internal.JsonReading;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.InvalidBulletinException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads bulletins from their JSON form (see the README and {@code bulletin.schema.json}).
 *
 * <p>Reading reports every problem of the input at once: syntax and type problems as
 * {@code file:line:column: message}, broken rules as {@code file: entries[3].published: message}.
 * Immutable and safe to use from many threads at once.
 *
 * @since 0.1.0
 */
public final class BulletinJsonReader implements BulletinReader {

    /** The format nests four deep (bulletin, entries, entry, links, link); allow a little more. */
    private static final int MAX_JSON_NESTING = 16;

    private final ReadLimits limits;
    private final JsonFactory factory;

    private BulletinJsonReader(ReadLimits limits) {
        this.limits = limits;
        this.factory = JsonFactory.builder()
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE) // the caller's stream is the caller's to close
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(limits.maxInputBytes())
                        .maxNestingDepth(MAX_JSON_NESTING)
                        .build())
                .build();
    }

    /**
     * A reader with the {@linkplain ReadLimits#defaults() default limits}.
     *
     * @return the reader; never null
     */
    public static BulletinJsonReader create() {
        return new BulletinJsonReader(ReadLimits.defaults());
    }

    /**
     * A reader with the given limits.
     *
     * @param limits the bounds on what it accepts; not null
     * @return the reader; never null
     */
    public static BulletinJsonReader create(ReadLimits limits) {
        return new BulletinJsonReader(limits);
    }

    /**
     * The bounds this reader enforces.
     *
     * @return the limits; never null
     */
    @Override
    public ReadLimits limits() {
        return limits;
    }

    /**
     * Reads the bulletin in {@code file}; problems name the file as given.
     *
     * @param file a UTF-8 JSON file; not null. Problems name it as {@link Path#toString()} gives it
     * @return the bulletin; never null
     * @throws InvalidBulletinException listing every problem of the input
     * @throws IOException when the file cannot be read
     */
    @Override
    public Bulletin read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    /**
     * Reads a bulletin from UTF-8 JSON. The stream is read as far as the bulletin goes, and not closed.
     *
     * @param in the JSON; not null
     * @param name how problems name the input, such as its file name; null counts as empty
     * @return the bulletin; never null
     * @throws InvalidBulletinException listing every problem of the input
     * @throws IOException when the stream fails
     */
    @Override
    public Bulletin read(InputStream in, String name) throws IOException {
        Objects.requireNonNull(in, "in");
        String file = name == null ? "" : name;
        Watched watched = new Watched(in);
        try {
            return parse(() -> factory.createParser(ObjectReadContext.empty(), watched), file, watched);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Reads a bulletin from JSON text.
     *
     * @param json the JSON; not null
     * @param name how problems name the input, such as its file name; not null, may be empty
     * @return the bulletin; never null
     * @throws InvalidBulletinException listing every problem of the input
     */
    public Bulletin read(String json, String name) {
        return parse(() -> factory.createParser(ObjectReadContext.empty(), json), name, null);
    }

    /** @param stream the stream read, or null for text */
    private Bulletin parse(Supplier<JsonParser> open, String name, Watched stream) {
        BulletinParse parse = null;
        try (JsonParser parser = open.get()) {
            parse = new BulletinParse(parser, limits);
            parse.document();
        } catch (JacksonException e) {
            // Jackson also reports bytes that are no text as an IOException, so only the stream can tell its own.
            if (stream != null && stream.failure != null) {
                throw new UncheckedIOException(stream.failure);
            }
            if (parse == null) { // a limit broken, or no text, before the first token
                throw new InvalidBulletinException(name, List.of(JsonReading.problemOf(e, null, "the input")));
            }
            parse.syntaxError(e);
        }
        BulletinParse done = parse;
        return done.result().orElseThrow(() -> new InvalidBulletinException(name, done.problems()));
    }

    /** A stream that remembers its own failure. */
    private static final class Watched extends FilterInputStream {
        IOException failure;

        Watched(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                failure = e;
                throw e;
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (IOException e) {
                failure = e;
                throw e;
            }
        }
    }
}
