package io.github.bulletinkit.docx;

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
 * Reads a Word bulletin (DOCX) back into a {@link Bulletin}: one that {@link DocxRenderer} wrote, after it has
 * been edited in Word, in LibreOffice or by a program. A bulletin rendered and read back is equal to the one
 * rendered.
 *
 * <p>What it reads: the title, the subtitle and the publisher (the first paragraphs with text before the table, or
 * those in their styles; a picture before them is passed over), the introduction (the paragraphs after them, or
 * those in the Introduction style), the column headings (the table's first row), and each further row as an entry;
 * then the closing, the paragraphs after the last table. A bulletin of sections has a table for each section, each
 * after its section's heading (the paragraph right before it: in the Heading 2 style, or holding the bookmark
 * {@code section-1} that the contents list links to, when there is only one table); its contents list, a heading and
 * paragraphs that link to places inside the document, is passed over, since rendering makes it anew. In an entry's
 * row, the left cell holds the topic, a {@code Source:} line, a {@code Date published:} line (a date as the renderer
 * writes it, such as {@code 06 January 2025}, or {@code 2025-01-06}; the labels and months in the document's
 * language, such as {@code Ffynhonnell:} and {@code 06 Ionawr 2025} in Welsh, or in English) and the summary
 * paragraphs, with their bold, italic, underline and inline links; in the right cell one link a paragraph, its
 * prefix (the text in the Entry Link Prefix style, or else the text before the hyperlink) and its linked text and
 * address; in a bulletin laid out for
 * paper, the printed address and QR code under each link (the Entry Address style) are passed over, for they show
 * the link's address again (one that is no link's of the cell is reported). A publisher that no line gives is the
 * document's author, and the language is the document's, from its properties. Paragraphs are known by their place in
 * a cell, not by their style, so a row added by hand reads as well as one rendered; runs split anywhere, hyperlinks
 * written as {@code HYPERLINK} fields, renamed styles, bookmarks, proofing marks and comments do not change what is
 * read. Emphasis is read from the runs, not from paragraph styles. Rows with no text are passed over.
 *
 * <p>Languages: the document's is its language property, else its styles' default. A run's {@code w:lang} gives
 * its own ({@code w:val}, or {@code w:eastAsia} or {@code w:bidi} for text of those scripts). An entry whose
 * topic is in another language is in that language ({@link io.github.bulletinkit.model.Entry#language()}); its
 * source is taken to be in it too, for the model holds no language of a source's own. Runs of the summary, the
 * links and the introduction and closing that are in yet another language keep it
 * ({@link io.github.bulletinkit.model.Run#language()}); runs in their entry's language, or outside entries in the
 * document's, are not marked, however the document marks them. The labels a bulletin overrides are read from the
 * custom document properties where the renderer keeps them ({@code BulletinKit labels.source}, ...), and the
 * rows are read with them. Editors rewrite language tags (LibreOffice writes {@code cy} as {@code cy-GB},
 * {@code en} as {@code en-US}): a tag rewritten so reads as the bulletin's own, from the list the renderer keeps
 * in the property {@code BulletinKit languages}. Two tags of one document that an editor writes alike ({@code cy}
 * and {@code cy-GB}, both {@code cy-GB} in LibreOffice) read as one; a tag an editor rewrites as another
 * language's ({@code pa-Arab} as {@code pnb-Arab}) reads as that. The languages of the title, the subtitle, the
 * publisher, the headings and a link's prefix are not read: the model holds none.
 *
 * <p>Nothing is guessed: a document with tracked changes (accept or reject them first), without a two-column
 * table, with a row of another shape, a date that cannot be read, a picture or text where a bulletin has none
 * (between a section's table and the next heading, say), a section's table without its heading or with other
 * column headings than the first table's, is refused with an {@link InvalidBulletinException} that lists every
 * problem at once, each at its place, such as {@code table row 3, left cell, paragraph 3} (rows count from 1,
 * the header row included), or {@code section 2, table row 3, left cell, paragraph 3} in a bulletin of
 * sections.
 *
 * <p>Bad files are refused before they cost much: a file larger than {@link ReadLimits#maxInputBytes()}, one
 * that is not a ZIP archive or is cut short, one with more than 1,000 parts, one whose parts expand to more
 * than 16 times {@link ReadLimits#maxInputBytes()} together, or one with a part over 1 MiB that expands more than
 * 100 times (a ZIP bomb). POI's own guards stay on behind these, at their defaults; they are not changed, for they
 * are set for the whole JVM. No part may declare a {@code DOCTYPE}, so no external entity is ever read. The limits
 * also bound the entries ({@link ReadLimits#maxEntries()}) and the characters of a paragraph
 * ({@link ReadLimits#maxTextLength()}).
 *
 * <p>Instances are immutable and safe to share between threads.
 *
 * @since 0.1.0
 */
public final class DocxBulletinReader implements BulletinReader {

    private final ReadLimits limits;

    /** A reader with the {@linkplain ReadLimits#defaults() default limits}. */
    public DocxBulletinReader() {
        this(ReadLimits.defaults());
    }

    /**
     * A reader with other limits.
     *
     * @param limits the bounds on what it accepts; not null. {@link ReadLimits#maxMarkupDepth()} is not used
     * @throws NullPointerException when {@code limits} is null
     */
    public DocxBulletinReader(ReadLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * The limits this reader holds documents to.
     *
     * @return the limits; never null
     */
    @Override
    public ReadLimits limits() {
        return limits;
    }

    /**
     * Reads a Word document file.
     *
     * @param file the document; not null. Problems name it as {@link Path#toString()} gives it
     * @return the bulletin; never null
     * @throws InvalidBulletinException when the file is not a Word bulletin this reader can read in full, or is
     *     larger than the limits allow (found before it is read)
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
     * Reads a Word document from a stream, which is read to its end (or to the limit) and not closed.
     *
     * @param in the document's bytes; not null
     * @param sourceName the name that problems are reported against; null counts as empty
     * @return the bulletin; never null
     * @throws InvalidBulletinException when the bytes are not a Word bulletin this reader can read in full, or
     *     are more than the limit on bytes (it stops reading there)
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
        if (ZipScan.check(bytes, limits.maxInputBytes(), ZipScan.Kind.WORD, problems)) {
            WordPackage word = WordPackage.open(bytes, problems);
            if (word != null) {
                Bulletin bulletin = new BodyReader(word, limits, problems).read();
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
