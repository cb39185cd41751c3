package io.github.bulletinkit.odt;

import io.github.bulletinkit.format.BulletinReader;
import io.github.bulletinkit.format.ReadLimits;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.InvalidBulletinException;
import io.github.bulletinkit.model.Problem;
import io.github.bulletinkit.reading.ReadProblems;
import io.github.bulletinkit.reading.ZipScan;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Reads an OpenDocument bulletin (ODT) back into a {@link Bulletin}: one that {@link OdtRenderer} wrote, after it
 * has been edited and saved again in LibreOffice or by a program. A bulletin rendered and read back is equal to
 * the one rendered.
 *
 * <p>It reads what the Word reader reads, in the same way
 * ({@link io.github.bulletinkit.docx.DocxBulletinReader} says it in full): the title, the subtitle and the
 * publisher, by their styles or their places before the table; the introduction; the contents list, passed over;
 * the column headings, the table's first row; each further row as an entry, its left cell the topic, a
 * {@code Source:} line, a {@code Date published:} line and the summary with its bold, italic, underline, links
 * and languages, its right cell one link a paragraph (the prefix in the {@code Entry Link Prefix} style, or the
 * text before the link); in a bulletin of sections, each section's heading (in the Heading 2 style, or holding
 * the bookmark {@code section-1} the contents list links to) and table; the closing after the last table. The
 * printed addresses and QR codes of a bulletin laid out for paper are passed over. A paragraph is known by its
 * named style, also through the automatic style that LibreOffice gives an edited paragraph, or by its place.
 *
 * <p>Languages: the document's is {@code meta.xml}'s, else its default style's; a run's is its text style's
 * ({@code fo:language} and {@code fo:country}, or their Asian and complex kin). The labels the bulletin overrides
 * and the languages its runs are marked with come from the user-defined properties in {@code meta.xml}
 * ({@code BulletinKit labels.source}, ..., {@code BulletinKit languages}), and tags that an editor rewrote read
 * as the bulletin's own, as in the Word reader. A publisher that no line gives is the document's first author.
 *
 * <p>Nothing is guessed: a document with tracked changes, without a two-column table, with a row of another
 * shape, a date that cannot be read, a picture or text where a bulletin has none, is refused with an
 * {@link InvalidBulletinException} that lists every problem at once, each at its place, such as
 * {@code table row 3, left cell, paragraph 3}. Bad files are refused before they cost much, with the same limits
 * as the Word reader's: a file larger than {@link ReadLimits#maxInputBytes()}, one that is not a ZIP archive or
 * is cut short, one with more than 1,000 parts or that expands too far (a ZIP bomb), and one with a part that
 * declares a {@code DOCTYPE}, so that no entity, external or not, is ever read.
 *
 * <p>Instances are immutable and safe to share between threads.
 *
 * @since 0.2.0
 */
public final class OdtBulletinReader implements BulletinReader {

    private final ReadLimits limits;

    /** A reader with the {@linkplain ReadLimits#defaults() default limits}. */
    public OdtBulletinReader() {
        this(ReadLimits.defaults());
    }

    /**
     * A reader with other limits.
     *
     * @param limits the bounds on what it accepts; not null. {@link ReadLimits#maxMarkupDepth()} is not used
     * @throws NullPointerException when {@code limits} is null
     */
    public OdtBulletinReader(ReadLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    @Override
    public ReadLimits limits() {
        return limits;
    }

    /**
     * Reads an OpenDocument text file.
     *
     * @param file the document; not null. Problems name it as {@link Path#toString()} gives it
     * @return the bulletin; never null
     * @throws InvalidBulletinException when the file is not a bulletin this reader can read in full, or is larger
     *     than the limits allow (found before it is read)
     * @throws IOException when the file cannot be read
     */
    @Override
    public Bulletin read(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        String name = file.toString();
        long size = Files.size(file);
        if (size > limits.maxInputBytes()) {
            throw tooLarge(name, "is " + size + " bytes, more than");
        }
        return read(Files.readAllBytes(file), name);
    }

    /**
     * Reads an OpenDocument text from a stream, which is read to its end (or to the limit) and not closed.
     *
     * @param in the document's bytes; not null
     * @param sourceName the name that problems are reported against; null counts as empty
     * @return the bulletin; never null
     * @throws InvalidBulletinException when the bytes are not a bulletin this reader can read in full, or are
     *     more than the limit on bytes (it stops reading there)
     * @throws IOException when {@code in} cannot be read
     */
    @Override
    public Bulletin read(InputStream in, String sourceName) throws IOException {
        Objects.requireNonNull(in, "in");
        String name = sourceName == null ? "" : sourceName;
        int most = (int) Math.min(limits.maxInputBytes(), Integer.MAX_VALUE - 16);
        byte[] bytes = in.readNBytes(most);
        if (bytes.length == most && in.read() >= 0) {
            throw tooLarge(name, "is longer than");
        }
        return read(bytes, name);
    }

    private Bulletin read(byte[] bytes, String name) {
        ReadProblems problems = new ReadProblems();
        if (ZipScan.check(bytes, limits.maxInputBytes(), ZipScan.Kind.OPEN_DOCUMENT, problems)) {
            OdtPackage odt = OdtPackage.open(bytes, problems);
            if (odt != null) {
                Bulletin bulletin = new OdtBodyReader(odt, limits, problems).read();
                if (bulletin != null && problems.isEmpty()) {
                    return bulletin;
                }
            }
        }
        problems.throwIfAny(name);
        throw new IllegalStateException("a document that was not read has no problem to say why");
    }

    private InvalidBulletinException tooLarge(String file, String howLarge) {
        return new InvalidBulletinException(file, List.of(Problem.at("", howLarge + " the limit of "
                + limits.maxInputBytes() + " bytes")));
    }
}
