package io.github.bulletinkit.docx;

import static io.github.bulletinkit.docx.WordXml.attribute;
import static io.github.bulletinkit.docx.WordXml.child;

import io.github.bulletinkit.format.ReadLimits;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.Entry;
import io.github.bulletinkit.model.InvalidBulletinException;
import io.github.bulletinkit.model.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.w3c.dom.Element;

/**
 * Reads the body of a Word bulletin: the title, subtitle and publisher (paragraphs with text before the table;
 * pictures before them, such as a logo, are passed over), the table's header row (the column headings) and its
 * rows, one entry each. Text after the table, a second table and a table of other columns are reported, not dropped.
 * Belongs to one read; not thread-safe.
 */
final class BodyReader {

    private static final String TABLE_SHAPE = "a bulletin's table has two columns, the information and the links";

    private final WordPackage word;
    private final ReadLimits limits;
    private final ReadProblems problems;
    private final ParagraphReader reader;
    private final List<String> titlePlaces = new ArrayList<>();

    BodyReader(WordPackage word, ReadLimits limits, ReadProblems problems) {
        this.word = word;
        this.limits = limits;
        this.problems = problems;
        this.reader = new ParagraphReader(word.styles(), word.hyperlinks());
    }

    /** The bulletin; null when there are problems, all of them reported. */
    Bulletin read() {
        Element body = child(word.document().getDocumentElement(), "body");
        if (body == null) {
            problems.at("", "has no body: it is not a Word document");
            return null;
        }
        if (TrackedChanges.report(body, problems)) {
            return null;
        }
        List<Element> blocks = new ArrayList<>();
        CellContent.blocks(body, blocks);
        int table = 0;
        while (table < blocks.size() && !WordXml.is(blocks.get(table), "tbl")) {
            table++;
        }
        List<String> titles = titles(blocks.subList(0, table));
        if (table == blocks.size()) {
            problems.at("", "has no table; a bulletin's entries are the rows of a two-column table after its title");
            return null;
        }
        String language = !word.language().isBlank() ? word.language()
                : !word.styles().language().isBlank() ? word.styles().language() : null;
        String[] headings = {null, null};
        List<Entry> entries = rows(blocks.get(table), headings, language);
        afterTheTable(blocks.subList(table + 1, blocks.size()));
        if (!problems.isEmpty()) {
            return null;
        }
        try {
            return new Bulletin(titles.get(0), titles.get(1), titles.get(2).isEmpty() ? word.creator() : titles.get(2),
                    language, headings[0], headings[1], entries);
        } catch (InvalidBulletinException e) {
            e.problems().forEach(p -> problems.at(place(p), p.message()));
            return null;
        }
    }

    private String place(Problem problem) {
        return switch (problem.path()) {
            case "title" -> titlePlaces.get(0);
            case "subtitle" -> titlePlaces.get(1);
            case "publisher" -> titlePlaces.get(2).isEmpty() ? "document properties, publisher" : titlePlaces.get(2);
            case "language" -> "document properties, " + problem.path();
            case "columns[0]" -> "table row 1, left cell";
            case "columns[1]" -> "table row 1, right cell";
            default -> "table";
        };
    }

    /**
     * The texts of the paragraphs before the table: the title, the subtitle and the publisher, empty where there
     * is none. Each is known by its style, or else by its place: the first line, the second, the third.
     */
    private List<String> titles(List<Element> paragraphs) {
        List<String> titles = new ArrayList<>(List.of("", "", ""));
        titlePlaces.addAll(List.of("", "", ""));
        int next = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph paragraph = reader.read(paragraphs.get(i));
            String place = "before the table, paragraph " + (i + 1);
            if (paragraph.isBlank()) {
                continue;
            }
            int line = switch (WordXml.paragraphStyle(paragraphs.get(i))) {
                case StyleSheet.TITLE -> 0;
                case StyleSheet.SUBTITLE -> 1;
                case StyleSheet.PUBLISHER -> 2;
                default -> next;
            };
            if (line < next || line > 2) {
                problems.at(place, "is one paragraph of text too many before the table, "
                        + ReadProblems.quote(paragraph.plainText()) + "; a bulletin has a title, perhaps a"
                        + " subtitle and a publisher, then its table");
                continue;
            }
            titles.set(line, paragraph.plainText());
            titlePlaces.set(line, place);
            next = line + 1;
        }
        if (titlePlaces.get(0).isEmpty()) {
            problems.at("", "has no title before its table; a bulletin starts with its title");
            titlePlaces.set(0, "before the table");
        }
        return titles;
    }

    private List<Entry> rows(Element table, String[] headings, String language) {
        List<Element> rows = new ArrayList<>();
        CellContent.elements(table, "tr", rows);
        EntryRow entryRow = new EntryRow(reader,
                new PublishedDate(language == null ? Locale.UK : Locale.forLanguageTag(language)), problems,
                limits.maxTextLength());
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<Element> cells = cells(rows.get(i), i + 1);
            if (cells == null) {
                continue;
            }
            if (i == 0) {
                headings[0] = heading(cells.get(0), "table row 1, left cell");
                headings[1] = heading(cells.get(1), "table row 1, right cell");
            } else if (entries.size() == limits.maxEntries()) {
                problems.at("table row " + (i + 1), "is past the limit of " + limits.maxEntries() + " entries");
                break;
            } else {
                Entry entry = entryRow.read(cells.get(0), cells.get(1), i + 1);
                if (entry != null) {
                    entries.add(entry);
                }
            }
        }
        return entries;
    }

    /** The row's two cells; null after reporting a row of another shape. */
    private List<Element> cells(Element row, int number) {
        List<Element> cells = new ArrayList<>();
        CellContent.elements(row, "tc", cells);
        for (Element cell : cells) {
            Element properties = child(cell, "tcPr");
            Element span = properties == null ? null : child(properties, "gridSpan");
            if (properties != null && child(properties, "vMerge") != null
                    || span != null && !attribute(span, "val").equals("1")) {
                problems.at("table row " + number, "has merged cells; " + TABLE_SHAPE + ", and no merged cells");
                return null;
            }
        }
        if (cells.size() != 2) {
            problems.at("table row " + number, "has " + cells.size() + (cells.size() == 1 ? " cell; " : " cells; ")
                    + TABLE_SHAPE);
            return null;
        }
        return cells;
    }

    private String heading(Element cell, String place) {
        List<Element> paragraphs = new ArrayList<>();
        CellContent.paragraphs(cell, paragraphs, place, problems);
        List<String> texts = paragraphs.stream().map(reader::read).filter(p -> !p.isBlank())
                .map(Paragraph::plainText).toList();
        if (texts.size() > 1) {
            problems.at(place, "holds " + texts.size() + " paragraphs; a column's heading is one");
        }
        return texts.isEmpty() ? "" : texts.get(0);
    }

    private void afterTheTable(List<Element> blocks) {
        int paragraph = 0;
        for (Element block : blocks) {
            if (WordXml.is(block, "tbl")) {
                problems.at("after the table", "holds a second table; a bulletin has one table, of its entries");
                continue;
            }
            paragraph++;
            Paragraph read = reader.read(block);
            if (!read.isBlank()) {
                problems.at("after the table, paragraph " + paragraph, "has text, "
                        + ReadProblems.quote(read.plainText()) + ", but a bulletin ends with its table");
            }
        }
    }
}
