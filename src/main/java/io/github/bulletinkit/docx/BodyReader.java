package io.github.bulletinkit.docx;

import io.github.bulletinkit.format.ReadLimits;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.Entry;
import io.github.bulletinkit.model.InvalidBulletinException;
import io.github.bulletinkit.model.Problem;
import io.github.bulletinkit.model.RichText;
import io.github.bulletinkit.model.Section;
import io.github.bulletinkit.reading.DocumentLanguages;
import io.github.bulletinkit.reading.EntryLabels;
import io.github.bulletinkit.reading.Paragraph;
import io.github.bulletinkit.reading.PublishedDate;
import io.github.bulletinkit.reading.ReadProblems;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.w3c.dom.Element;

/**
 * Reads the body of a Word bulletin: what comes before the first table or section ({@link FrontMatter}), then
 * the one table of entries, or each section's heading ({@link SectionHeadings}) and table, then the closing, the
 * paragraphs after the last table. Text between a table and the next section's heading is reported, not dropped.
 * Belongs to one read; not thread-safe.
 */
final class BodyReader {

    private final WordPackage word;
    private final ReadLimits limits;
    private final ReadProblems problems;
    /** The document's language; null when it names none, for the model's default. */
    private final String language;
    private final DocumentLanguages languages;
    private final ParagraphReader reader;
    private final ProseParagraphs prose;
    private final FrontMatter front;
    /** Where the first table is, for the model's problems with the column headings and the entries. */
    private String firstTable = "table";
    /** The first table's column headings; null until read, or when it has no rows. */
    private List<String> columns;
    private List<Entry> entries = List.of();
    private final List<Section> sections = new ArrayList<>();

    BodyReader(WordPackage word, ReadLimits limits, ReadProblems problems) {
        this.word = word;
        this.limits = limits;
        this.problems = problems;
        this.language = !word.language().isBlank() ? word.language()
                : !word.styles().language().isBlank() ? word.styles().language() : null;
        this.languages = new DocumentLanguages(language == null ? Bulletin.DEFAULT_LANGUAGE : language,
                word.properties().languages());
        this.reader = new ParagraphReader(word.styles(), word.hyperlinks());
        this.prose = new ProseParagraphs(word.styles(), languages, problems, limits.maxTextLength());
        this.front = new FrontMatter(word.styles(), prose, problems);
    }

    /** The bulletin; null when there are problems, all of them reported. */
    Bulletin read() {
        Element body = WordXml.child(word.document().getDocumentElement(), "body");
        if (body == null) {
            problems.at("", "has no body: it is not a Word document");
            return null;
        }
        if (TrackedChanges.report(body, problems)) {
            return null;
        }
        List<Element> blocks = new ArrayList<>();
        CellContent.blocks(body, blocks);
        List<Integer> tables = new ArrayList<>();
        List<Paragraph> read = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            boolean table = WordXml.is(blocks.get(i), "tbl");
            if (table) {
                tables.add(i);
            }
            read.add(table ? null : reader.read(blocks.get(i)));
        }
        if (tables.isEmpty()) {
            problems.at("", "has no table; a bulletin's entries are the rows of a two-column table after its title");
            return null;
        }
        int[] headings = new SectionHeadings(word.styles(), problems).find(blocks, read, tables);
        if (!problems.isEmpty()) {
            return null;
        }
        boolean sectioned = headings != null;
        int frontEnd = sectioned ? headings[0] : tables.get(0);
        front.read(blocks.subList(0, frontEnd), read.subList(0, frontEnd), sectioned ? "before the first section"
                : "before the table");
        Locale locale = Locale.forLanguageTag(languages.document());
        EntryLabels labels = EntryLabels.of(word.properties().labels(), locale);
        tables(blocks, read, tables, headings, new TableReader(reader, new EntryRow(reader, new PublishedDate(locale),
                labels, languages, problems, limits.maxTextLength()), problems, limits.maxEntries()));
        List<RichText> closing = closing(blocks, read, tables.get(tables.size() - 1) + 1,
                sectioned ? "after the last table" : "after the table");
        if (!problems.isEmpty()) {
            return null;
        }
        return bulletin(closing);
    }

    /** Reads each table, and each section's heading when {@code headings} are not null. */
    private void tables(List<Element> blocks, List<Paragraph> read, List<Integer> tables, int[] headings,
            TableReader tableReader) {
        boolean sectioned = headings != null;
        for (int k = 0; k < tables.size(); k++) {
            String where = sectioned ? "section " + (k + 1) + ", table" : "table";
            int before = problems.count();
            String heading = null;
            if (sectioned) {
                if (k > 0) {
                    onlyTheHeading(read, tables.get(k - 1) + 1, headings[k], "section " + k + ", after the table");
                }
                heading = sectionHeading(read.get(headings[k]), "section " + (k + 1) + ", heading");
            }
            TableReader.Table table = tableReader.read(blocks.get(tables.get(k)), where, columns);
            if (k == 0) {
                firstTable = where;
                columns = table.headings();
            }
            if (!sectioned) {
                entries = table.entries();
            } else if (problems.count() == before) {
                try {
                    sections.add(new Section(heading, table.entries()));
                } catch (InvalidBulletinException e) {
                    problems.at(where, e);
                }
            }
        }
    }

    /** A section heading's text; reports at {@code place} what it holds that a heading cannot. */
    private String sectionHeading(Paragraph heading, String place) {
        heading.unsupported().forEach(message -> problems.at(place, message));
        if (heading.plainText().length() > limits.maxTextLength()) {
            problems.at(place, "has " + heading.plainText().length() + " characters, more than the limit of "
                    + limits.maxTextLength());
        }
        return heading.plainText();
    }

    private Bulletin bulletin(List<RichText> closing) {
        List<String> lines = front.lines();
        // A first table without rows has no headings: the defaults, and the model says that it has no entries.
        List<String> headings = columns == null ? Arrays.asList(null, null) : columns;
        try {
            return new Bulletin(lines.get(0), lines.get(1), lines.get(2).isEmpty() ? word.creator() : lines.get(2),
                    language, headings.get(0), headings.get(1), word.properties().labels(), front.introduction(),
                    entries, sections, closing);
        } catch (InvalidBulletinException e) {
            e.problems().forEach(p -> problems.at(place(p), p.message()));
            return null;
        }
    }

    private String place(Problem problem) {
        List<String> lines = front.linePlaces();
        return switch (problem.path()) {
            case "title" -> lines.get(0);
            case "subtitle" -> lines.get(1);
            case "publisher" -> lines.get(2).isEmpty() ? "document properties, publisher" : lines.get(2);
            case "language" -> "document properties, " + problem.path();
            case "columns[0]" -> firstTable + " row 1, left cell";
            case "columns[1]" -> firstTable + " row 1, right cell";
            default -> problem.path().startsWith("labels.") ? BulletinProperties.place(problem.path()) : firstTable;
        };
    }

    /** Reports text between a table, which ends before {@code from}, and the next section's heading. */
    private void onlyTheHeading(List<Paragraph> read, int from, int heading, String where) {
        for (int i = from; i < heading; i++) {
            if (!read.get(i).isBlank()) {
                problems.at(where + ", paragraph " + (i - from + 1), "has text, "
                        + ReadProblems.quote(read.get(i).plainText()) + ", but after a section's table comes the"
                        + " next section's heading alone");
            }
        }
    }

    /** The paragraphs with text from {@code from} to the end, which are {@code where}. */
    private List<RichText> closing(List<Element> blocks, List<Paragraph> read, int from, String where) {
        List<RichText> closing = new ArrayList<>();
        for (int i = from; i < blocks.size(); i++) {
            if (!read.get(i).isBlank()) {
                RichText text = prose.read(blocks.get(i), read.get(i), where + ", paragraph " + (i - from + 1));
                if (text != null) {
                    closing.add(text);
                }
            }
        }
        return closing;
    }
}
