package io.github.bulletinkit.theme;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * An organisation's Word template (a {@code .dotx}, or a {@code .docx} used as one): its letterhead, page and
 * styles, which the DOCX renderer writes bulletins into. This is only the file, named and held in memory; the
 * DOCX renderer reads it, and refuses it if it is not a sound Word document, when the renderer is built. Other
 * formats ignore it. Immutable and thread-safe: the bytes are copied in and out.
 *
 * @since 0.2.0
 */
public final class WordTemplate {

    /** The largest template file: 20 MiB, room for a letterhead with large pictures. */
    public static final long MAX_BYTES = 20L << 20;

    private final String name;
    private final byte[] bytes;

    private WordTemplate(String name, byte[] bytes) {
        this.name = name;
        this.bytes = bytes;
    }

    /**
     * A template from a file's bytes.
     *
     * @param name the file's name, as problems with it should name it, such as {@code letterhead.dotx}; not blank
     * @param bytes the file's bytes; not null, at most {@link #MAX_BYTES}, copied
     * @return the template; never null
     * @throws IllegalArgumentException when the name is blank or the file too large
     * @throws NullPointerException when an argument is null
     */
    public static WordTemplate of(String name, byte[] bytes) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bytes, "bytes");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a Word template needs a name, for the messages about it");
        }
        if (bytes.length > MAX_BYTES) {
            throw new IllegalArgumentException(NamedFile.tooLarge(bytes.length, MAX_BYTES, "a Word template"));
        }
        return new WordTemplate(name, bytes.clone());
    }

    /**
     * The template in {@code file}, named as {@link Path#toString()} gives it.
     *
     * @param file a {@code .dotx} or {@code .docx}; not null
     * @return the template; never null
     * @throws IOException when the file cannot be read
     * @throws IllegalArgumentException when the file is larger than {@link #MAX_BYTES}
     */
    public static WordTemplate read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return of(file.toString(), in.readNBytes((int) MAX_BYTES + 1));
        }
    }

    /**
     * The file's name, as problems with it name it.
     *
     * @return the name; never null
     */
    public String name() {
        return name;
    }

    /**
     * The file's bytes.
     *
     * @return a copy of the bytes; never null
     */
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WordTemplate template && name.equals(template.name)
                && Arrays.equals(bytes, template.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "WordTemplate[" + name + ", " + bytes.length + " bytes]";
    }
}
