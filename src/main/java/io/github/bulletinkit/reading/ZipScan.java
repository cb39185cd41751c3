package io.github.bulletinkit.reading;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Looks through a document's ZIP archive before it is opened, inflating each part into nothing, so that a file that
 * is not a ZIP, is cut short, or expands without measure (a ZIP bomb) is refused with a message that says which.
 * POI's own guards ({@code ZipSecureFile}) stay on behind this at their defaults; their setters change every
 * POI user in the JVM, which a library must not do to its host.
 */
public final class ZipScan {

    /** The most parts a document may have; Word's and LibreOffice's have about a dozen, and a picture each. */
    public static final int MAX_PARTS = 1_000;
    /** A part may expand to at most this many times its compressed size, as POI's default allows. */
    public static final int MAX_RATIO = 100;
    /** Parts smaller than this, once expanded, are not held to {@link #MAX_RATIO}: small parts compress oddly. */
    public static final long RATIO_GRACE_BYTES = 1L << 20;
    /** All parts together may expand to at most this many times the limit on the file's own size. */
    public static final int MAX_EXPANSION = 16;

    private static final int END_OF_DIRECTORY = 0x06054b50;
    private static final int MOST_COMMENT_BYTES = 0xFFFF;

    private ZipScan() {
    }

    /**
     * The kind of document a ZIP archive should hold, for messages.
     *
     * @param noun such as {@code a Word document}
     * @param extension such as {@code .docx}
     */
    public record Kind(String noun, String extension) {

        /** A Word document. */
        public static final Kind WORD = new Kind("a Word document", ".docx");
        /** An OpenDocument text. */
        public static final Kind OPEN_DOCUMENT = new Kind("an OpenDocument text", ".odt");

        String named() {
            return noun + " (" + extension + ")";
        }
    }

    /** Reports at the file itself why {@code bytes} are not a sound ZIP archive of a {@code kind}; whether they are. */
    public static boolean check(byte[] bytes, long maxInputBytes, Kind kind, ReadProblems problems) {
        if (bytes.length == 0) {
            problems.at("", "is empty; expected " + kind.named());
            return false;
        }
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K' || bytes[2] != 3 || bytes[3] != 4) {
            problems.at("", "is not " + kind.named() + ": a " + kind.extension() + " is a ZIP archive, and this file"
                    + " is not one");
            return false;
        }
        if (!hasDirectory(bytes)) {
            problems.at("", "is cut short or damaged: its ZIP archive has no directory at the end; save or copy"
                    + " the document again");
            return false;
        }
        return inflate(bytes, maxInputBytes * MAX_EXPANSION, kind, problems);
    }

    private static boolean inflate(byte[] bytes, long maxExpanded, Kind kind, ReadProblems problems) {
        Position in = new Position(bytes);
        byte[] buffer = new byte[16 * 1024];
        long total = 0;
        int parts = 0;
        try (ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++parts > MAX_PARTS) {
                    problems.at("", "has more than " + MAX_PARTS + " parts in its ZIP archive, far more than a"
                            + " document has");
                    return false;
                }
                long start = in.position();
                long expanded = 0;
                Doctype doctype = new Doctype();
                for (int n = zip.read(buffer); n >= 0; n = zip.read(buffer)) {
                    expanded += n;
                    total += n;
                    if (doctype.foundIn(buffer, n)) {
                        problems.at("", "has a part, " + entry.getName() + ", that declares a DOCTYPE, which "
                                + kind.noun() + " never does; it is refused, and no entity it declares is read");
                        return false;
                    }
                    if (total > maxExpanded) {
                        problems.at("", "expands to more than " + maxExpanded + " bytes (" + MAX_EXPANSION
                                + " times the limit on the file's size), far more than a document does;"
                                + " it looks like a ZIP bomb");
                        return false;
                    }
                    // Checked as it inflates, so that a bomb is stopped at its first megabyte or so.
                    if (expanded > RATIO_GRACE_BYTES && expanded > MAX_RATIO * Math.max(1, in.position() - start)) {
                        problems.at("", "has a part, " + entry.getName() + ", that expands more than " + MAX_RATIO
                                + " times, far more than a document's text does; it looks like a ZIP bomb");
                        return false;
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            problems.at("", "is cut short or damaged: its ZIP archive cannot be read (" + e.getMessage()
                    + "); save or copy the document again");
            return false;
        }
        return true;
    }

    /** Whether the archive ends with its directory, as a complete one does, after at most a comment. */
    private static boolean hasDirectory(byte[] bytes) {
        int earliest = Math.max(0, bytes.length - 22 - MOST_COMMENT_BYTES);
        for (int i = bytes.length - 22; i >= earliest; i--) {
            int signature = (bytes[i] & 0xFF) | (bytes[i + 1] & 0xFF) << 8 | (bytes[i + 2] & 0xFF) << 16
                    | (bytes[i + 3] & 0xFF) << 24;
            if (signature == END_OF_DIRECTORY) {
                return true;
            }
        }
        return false;
    }

    /**
     * Looks for {@code <!DOCTYPE} in a part, in UTF-8 or UTF-16. POI refuses a DOCTYPE where it parses a part, but
     * some parts it does not need (the core properties, the package's relationships) it drops without a word when
     * they fail to parse, and the reader would lose what they hold; so the reader refuses them all here.
     */
    private static final class Doctype {
        private static final byte[][] NEEDLES = {
            "<!DOCTYPE".getBytes(StandardCharsets.UTF_8),
            "<!DOCTYPE".getBytes(StandardCharsets.UTF_16LE),
            "<!DOCTYPE".getBytes(StandardCharsets.UTF_16BE)};
        private final int[] matched = new int[NEEDLES.length];

        boolean foundIn(byte[] bytes, int length) {
            for (int i = 0; i < length; i++) {
                for (int k = 0; k < NEEDLES.length; k++) {
                    byte[] needle = NEEDLES[k];
                    // No needle repeats its first byte but before a byte that differs, so restarting is exact.
                    matched[k] = bytes[i] == needle[matched[k]] ? matched[k] + 1 : bytes[i] == needle[0] ? 1 : 0;
                    if (matched[k] == needle.length) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /** The bytes, telling how far they have been read: how much a part took compressed. */
    private static final class Position extends ByteArrayInputStream {
        Position(byte[] bytes) {
            super(bytes);
        }

        synchronized long position() {
            return pos;
        }
    }
}
