package io.github.bulletinkit.legacy;

import io.github.bulletinkit.format.BulletinReader;
import io.github.bulletinkit.format.ReadLimits;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.InvalidBulletinException;
import io.github.bulletinkit.model.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads the tab-separated exports that bulletins were kept in before BulletinKit, into a {@link Bulletin}.
 *
 * <p>An export is a title line, the column headings ({@code Information<TAB>Link}), then one line per entry whose
 * two cells hold HTML paragraphs. The information cell opens with {@code <topic> Source: <source> Date published:
 * <date>}, followed by the summary paragraphs; each paragraph of the link cell holds one or more links, each
 * opening with a lead phrase such as {@code Read the report:} or {@code See also on NSPCC Learning >}, which
 * becomes the link's prefix. A line whose information cell is empty or opens with {@code Date published:}
 * continues the entry above it. Blank lines, a byte order mark and any line ends are accepted. Exports carry no
 * addresses, so every link's URL is empty; the subtitle and publisher are empty and the language is the default.
 *
 * <p>Nothing is guessed: whatever cannot be placed is reported, every problem at once, as an
 * {@link InvalidBulletinException} whose problems carry the line (from 1) and no column. The same
 * {@link ReadLimits} as the JSON reader's bound the input's size, the entries, the characters of a cell and the
 * nesting of its tags.
 *
 * <p>Instances are immutable and safe to share between threads.
 *
 * @since 0.1.0
 */
public final class LegacyExportReader implements BulletinReader {

    private final ReadLimits limits;

    /** A reader with the {@linkplain ReadLimits#defaults() default limits}. */
    public LegacyExportReader() {
        this(ReadLimits.defaults());
    }

    /**
     * A reader with other limits.
     *
     * @param limits the bounds on what it accepts; not null. A cell's characters are held to
     *     {@link ReadLimits#maxTextLength()}
     * @throws NullPointerException when {@code limits} is null
     */
    public LegacyExportReader(ReadLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * The limits this reader holds exports to.
     *
     * @return the limits; never null
     */
    @Override
    public ReadLimits limits() {
        return limits;
    }

    /**
     * Reads an export file: UTF-8, or UTF-16 when it starts with a UTF-16 byte order mark.
     *
     * @param file the export; not null. Problems name it as {@link Path#toString()} gives it
     * @return the bulletin; never null
     * @throws InvalidBulletinException when the file is not an export this reader can place in full, is not
     *     text, or is larger than the limits allow (found before it is read)
     * @throws IOException when the file cannot be read
     */
    @Override
    public Bulletin read(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        String name = file.toString();
        long size = Files.size(file);
        if (size > limits.maxInputBytes()) {
            throw tooLarge(name, "the file is " + size + " bytes, more than the limit of " + limits.maxInputBytes()
                    + " bytes");
        }
        return ExportParser.parse(decode(Files.readAllBytes(file), name), name, limits);
    }

    /**
     * Reads an export from bytes, UTF-8 or UTF-16 as for {@link #read(Path)}. The stream is read to its end (or to
     * the limit) and not closed.
     *
     * @param in the export's bytes; not null
     * @param name the name that problems are reported against; null counts as empty
     * @return the bulletin; never null
     * @throws InvalidBulletinException when the bytes are not an export this reader can place in full, are not
     *     text, or are more than the limit on bytes (it stops reading there)
     * @throws IOException when {@code in} cannot be read
     */
    @Override
    public Bulletin read(InputStream in, String name) throws IOException {
        Objects.requireNonNull(in, "in");
        String file = name == null ? "" : name;
        int most = (int) Math.min(limits.maxInputBytes(), Integer.MAX_VALUE - 16);
        byte[] bytes = in.readNBytes(most);
        if (bytes.length == most && in.read() >= 0) {
            throw tooLarge(file, "the input is longer than the limit of " + limits.maxInputBytes() + " bytes");
        }
        return ExportParser.parse(decode(bytes, file), file, limits);
    }

    /**
     * Reads an export from characters. The reader is read to its end and not closed.
     *
     * @param in the export; not null
     * @param fileName the name that problems are reported against; null counts as empty
     * @return the bulletin; never null
     * @throws InvalidBulletinException when the text is not an export this reader can place in full, or has more
     *     characters than the limit on bytes (it stops reading there)
     * @throws IOException when {@code in} cannot be read
     */
    public Bulletin read(Reader in, String fileName) throws IOException {
        Objects.requireNonNull(in, "in");
        String name = fileName == null ? "" : fileName;
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            text.append(buffer, 0, n);
            // Every character is at least a byte, so more characters than the limit are surely too many bytes.
            if (text.length() > limits.maxInputBytes()) {
                throw tooLarge(name, "the text is longer than the limit of " + limits.maxInputBytes() + " bytes");
            }
        }
        return ExportParser.parse(text.toString(), name, limits);
    }

    private static InvalidBulletinException tooLarge(String file, String message) {
        return new InvalidBulletinException(file, List.of(Problem.at("", message)));
    }

    /** The text of {@code bytes}; a byte that is not in the encoding is reported with its line, not replaced. */
    private static String decode(byte[] bytes, String file) {
        // Spreadsheets save "Unicode text" as UTF-16 with a byte order mark.
        boolean utf16 = bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF));
        Charset charset = utf16 ? StandardCharsets.UTF_16 : StandardCharsets.UTF_8;
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int line = 1 + (int) new String(out.flip().array(), 0, out.limit()).chars().filter(c -> c == '\n').count();
            String message = String.format(Locale.ROOT, "the file is not %s text: byte 0x%02X cannot be read; save the"
                    + " export as UTF-8", charset.name(), bytes[in.position()] & 0xFF);
            throw new InvalidBulletinException(file, List.of(new Problem("", line, 0, message)));
        }
        return out.flip().toString();
    }
}
