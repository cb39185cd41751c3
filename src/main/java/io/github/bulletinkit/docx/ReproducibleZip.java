package io.github.bulletinkit.docx;

import java.io.ByteArrayInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a zip so that the same content always gives the same bytes: entries in a fixed order, each dated
 * with one given time and nothing else that varies, some of them written as they are zipped in place of the
 * zip's own. POI dates its entries with the clock, and its own switch for fixed dates is global to the JVM,
 * which parallel renders must not toggle.
 */
final class ReproducibleZip {

    /** Writes a part's bytes as it is zipped. */
    @FunctionalInterface
    interface Part {

        /** Writes the part into {@code out}, and leaves it open. */
        void write(OutputStream out) throws IOException;
    }

    // The content types part first, as Office writes it, then the package relationships, then by name.
    private static final Comparator<String> ORDER = Comparator
            .comparing((String name) -> !name.equals("[Content_Types].xml"))
            .thenComparing(name -> !name.equals("_rels/.rels"))
            .thenComparing(Comparator.naturalOrder());
    // Zip dates run from 1980 to 2107.
    private static final LocalDateTime EARLIEST = LocalDateTime.of(1980, 1, 1, 0, 0);
    private static final LocalDateTime LATEST = LocalDateTime.of(2107, 12, 31, 23, 59, 58);

    private ReproducibleZip() {
    }

    /**
     * Writes the entries of {@code zip} to {@code out}, dated {@code time}, each of {@code written} in place of the
     * zip's entry of its name, or beside them; leaves {@code out} open.
     */
    static void copy(byte[] zip, Map<String, Part> written, Instant time, OutputStream out) throws IOException {
        Map<String, Part> entries = new TreeMap<>(ORDER);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                entries.put(entry.getName(), stream -> stream.write(bytes));
            }
        }
        entries.putAll(written);
        LocalDateTime date = dosDate(time);
        ZipOutputStream zipped = new ZipOutputStream(new FilterOutputStream(out) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        });
        try {
            for (Map.Entry<String, Part> entry : entries.entrySet()) {
                ZipEntry copy = new ZipEntry(entry.getKey());
                // A local date time is written as it is, not shifted by the JVM's time zone.
                copy.setTimeLocal(date);
                zipped.putNextEntry(copy);
                entry.getValue().write(zipped);
                zipped.closeEntry();
            }
        } catch (IOException | RuntimeException e) {
            closeAfter(e, zipped);
            throw e;
        }
        zipped.close();
    }

    /**
     * Closes the zip after {@code failure}, keeping {@code failure} the exception the caller sees. Closing writes
     * the rest of the zip to a stream that has just failed, and such a stream often throws the very exception it
     * threw before: try-with-resources would then add it to itself as suppressed, and throw
     * {@code IllegalArgumentException: Self-suppression not permitted} in place of the stream's own exception.
     */
    private static void closeAfter(Exception failure, ZipOutputStream zipped) {
        try {
            zipped.close();
        } catch (IOException | RuntimeException again) {
            if (again != failure) {
                failure.addSuppressed(again);
            }
        }
    }

    private static LocalDateTime dosDate(Instant time) {
        LocalDateTime date = LocalDateTime.ofInstant(time, ZoneOffset.UTC).withNano(0);
        return date.isBefore(EARLIEST) ? EARLIEST : date.isAfter(LATEST) ? LATEST : date;
    }
}
