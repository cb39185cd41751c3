package io.github.bulletinkit.json;

import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.InvalidBulletinException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
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
public final class BulletinJsonReader {

    private final JsonFactory factory;

    private BulletinJsonReader(JsonFactory factory) {
        this.factory = factory;
    }

    /** A reader with the default settings. */
    public static BulletinJsonReader create() {
        return new BulletinJsonReader(JsonFactory.builder().build());
    }

    /**
     * Reads the bulletin in {@code file}; problems name the file as given.
     *
     * @throws InvalidBulletinException listing every problem of the input
     * @throws IOException when the file cannot be read
     */
    public Bulletin read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Reads a bulletin from UTF-8 JSON; the stream is read to its end but not closed.
     *
     * @param name how problems name the input, such as its file name; may be empty
     * @throws InvalidBulletinException listing every problem of the input
     * @throws UncheckedIOException when the stream fails
     */
    public Bulletin read(InputStream in, String name) {
        try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), in)) {
            return parse(parser, name);
        }
    }

    /**
     * Reads a bulletin from JSON text.
     *
     * @throws InvalidBulletinException listing every problem of the input
     */
    public Bulletin read(String json, String name) {
        try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), json)) {
            return parse(parser, name);
        }
    }

    private static Bulletin parse(JsonParser parser, String name) {
        BulletinParse parse = new BulletinParse(parser);
        try {
            parse.document();
        } catch (JacksonException e) {
            if (e.getCause() instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            parse.syntaxError(e);
        }
        return parse.result().orElseThrow(() -> new InvalidBulletinException(name, parse.problems()));
    }
}
