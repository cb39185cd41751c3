package io.github.bulletinkit.odt;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * An OpenDocument package, written so that the same parts give the same bytes: {@code mimetype} first and
 * stored, uncompressed and without extra fields, so that a program finds the media type at a fixed place; then
 * the manifest, which lists every part with its media type; then the parts in the order added, each dated with
 * one given time. Belongs to one render.
 */
final class OdfPackage {

    // Zip dates run from 1980 to 2107.
    private static final LocalDateTime EARLIEST = LocalDateTime.of(1980, 1, 1, 0, 0);
    private static final LocalDateTime LATEST = LocalDateTime.of(2107, 12, 31, 23, 59, 58);

    private final LocalDateTime date;
    private final Map<String, byte[]> parts = new LinkedHashMap<>();
    private final Map<String, String> mediaTypes = new LinkedHashMap<>();

    OdfPackage(Instant time) {
        LocalDateTime utc = LocalDateTime.ofInstant(time, ZoneOffset.UTC).withNano(0);
        this.date = utc.isBefore(EARLIEST) ? EARLIEST : utc.isAfter(LATEST) ? LATEST : utc;
    }

    void add(String path, String mediaType, byte[] bytes) {
        parts.put(path, bytes);
        mediaTypes.put(path, mediaType);
    }

    /** Writes the package to {@code out}, which stays open. */
    void write(OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(new FilterOutputStream(out) {
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
            byte[] mimetype = OdfNames.MEDIA_TYPE.getBytes(StandardCharsets.US_ASCII);
            ZipEntry first = entry(OdfNames.MIMETYPE);
            first.setMethod(ZipEntry.STORED);
            first.setSize(mimetype.length);
            first.setCompressedSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            put(zip, first, mimetype);
            put(zip, entry(OdfNames.MANIFEST_PART), manifest());
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                put(zip, entry(part.getKey()), part.getValue());
            }
        } catch (IOException | RuntimeException e) {
            try {
                zip.close();
            } catch (IOException | RuntimeException again) {
                if (again != e) {
                    e.addSuppressed(again);
                }
            }
            throw e;
        }
        zip.close();
    }

    private ZipEntry entry(String name) {
        ZipEntry entry = new ZipEntry(name);
        // A local date time is written as it is, not shifted by the JVM's time zone.
        entry.setTimeLocal(date);
        return entry;
    }

    private static void put(ZipOutputStream zip, ZipEntry entry, byte[] bytes) throws IOException {
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }

    private byte[] manifest() {
        XmlOut xml = new XmlOut(true);
        xml.start("manifest:manifest").attribute("xmlns:manifest", OdfNames.MANIFEST)
                .attribute("manifest:version", "1.3");
        xml.empty("manifest:file-entry").attribute("manifest:full-path", "/")
                .attribute("manifest:version", "1.3").attribute("manifest:media-type", OdfNames.MEDIA_TYPE);
        mediaTypes.forEach((path, type) -> xml.empty("manifest:file-entry").attribute("manifest:full-path", path)
                .attribute("manifest:media-type", type));
        return xml.bytes();
    }
}
