package io.github.bulletinkit.odt;

import io.github.bulletinkit.format.ReadLimits;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.Entry;
import io.github.bulletinkit.model.InvalidBulletinException;
import io.github.bulletinkit.model.Problem;
import io.github.bulletinkit.model.RichText;
import io.github.bulletinkit.model.Section;
import io.github.bulletinkit.reading.DocumentLanguages;
import io.github.bulletinkit.reading.EntryLabels;
import io.github.bulletinkit.reading.PublishedDate;
import io.github.bulletinkit.reading.ReadProblems;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads the body of an OpenDocument bulletin as the Word reader reads a Word one: the front matter
 * ({@link OdtFrontMatter}) before the first table or section's heading, then the one table, or each section's
 * heading and table, then the closing after the last table. Text between a table and the next section's heading
 * is reported, not dropped. Belongs to one read; not thread-safe.
 */
final class OdtBodyReader {

    /** A block of the body: a paragraph, or a table (its element, and no paragraph). */
    private record Item(OdtParagraph paragraph, OdfElement table) {
    }

    private final OdtPackage odt;
    private final ReadLimits limits;
    private final ReadProblems problems;
    private final DocumentLanguages languages;
    private final OdtProse prose;
    private final OdtFrontMatter front;
    private String firstTable = "table";
    private List<String> columns;
    private List<Entry> entries = List.of();
    private final List<Section> sections = new ArrayList<>();

    OdtBodyReader(OdtPackage odt, ReadLimits limits, ReadProblems problems) {
        this.odt = odt;
        this.limits = limits;
        this.problems = problems;
        this.languages = new DocumentLanguages(odt.language() == null ? Bulletin.DEFAULT_LANGUAGE : odt.language(),
                odt.declaredLanguages());
        this.prose = new OdtProse(languages, problems, limits.maxTextLength());
        this.front = new OdtFrontMatter(prose, problems);
    }

    /** The bulletin; null when there are problems, all of them reported. */
    Bulletin read() {
        OdfElement body = odt.content().child("office:body");
        OdfElement text = body == null ? null : body.child("office:text");
        if (text == null) {
            problems.at("content.xml", "has no text body: it is not an OpenDocument text");
            return null;
        }
        List<Item> items = new ArrayList<>();
        blocks(text, items);
        if (!problems.isEmpty()) {
            return null;
        }
        List<Integer> tables = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).table() != null) {
                tables.add(i);
            }
        }
        if (tables.isEmpty()) {
            problems.at("", "has no table; a bulletin's entries are the rows of a two-column table after its title");
            return null;
        }
        int[] headings = OdtSectionHeadings.find(items.stream().map(Item::paragraph).toList(), tables, problems);
        if (!problems.isEmpty()) {
            return null;
        }
        boolean sectioned = headings != null;
        int frontEnd = sectioned ? headings[0] : tables.get(0);
        front.read(paragraphs(items, 0, frontEnd), sectioned ? "before the first section" : "before the table");
        Locale locale = Locale.forLanguageTag(languages.document());
        OdtTableReader tableReader = new OdtTableReader(new OdtEntryRow(new PublishedDate(locale),
                EntryLabels.of(odt.labels(), locale), languages, problems, limits.maxTextLength()), odt.styles(),
                problems, limits.maxEntries());
        for (int k = 0; k < tables.size(); k++) {
            String where = sectioned ? "section " + (k + 1) + ", table" : "table";
            int before = problems.count();
            String heading = null;
            if (sectioned) {
                if (k > 0) {
                    onlyTheHeading(items, tables.get(k - 1) + 1, headings[k], "section " + k + ", after the table");
                }
                heading = sectionHeading(items.get(headings[k]).paragraph(), "section " + (k + 1) + ", heading");
            }
            OdtTableReader.Table table = tableReader.read(items.get(tables.get(k)).table(), where, columns);
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
        String where = sectioned ? "after the last table" : "after the table";
        List<RichText> closing = new ArrayList<>();
        List<OdtParagraph> after = paragraphs(items, tables.get(tables.size() - 1) + 1, items.size());
        for (int i = 0; i < after.size(); i++) {
            if (!after.get(i).isBlank()) {
                RichText read = prose.read(after.get(i), where + ", paragraph " + (i + 1));
                if (read != null) {
                    closing.add(read);
                }
            }
        }
        return problems.isEmpty() ? bulletin(closing) : null;
    }

    /** The paragraphs and tables of the body, in order; what else holds text is reported. */
    private void blocks(OdfElement container, List<Item> items) {
        for (OdfElement element : container.elements()) {
            switch (element.name()) {
                case "text:p", "text:h" -> items.add(new Item(OdtParagraph.read(element, odt.styles()), null));
                case "table:table" -> items.add(new Item(null, element));
                case "text:section" -> blocks(element, items);
                case "text:tracked-changes" -> {
                    if (!element.elements().isEmpty()) {
                        problems.at("", "holds " + element.elements().size() + " tracked change(s); accept or reject"
                                + " them first (in LibreOffice: Edit, Track Changes, Manage), save the document, and"
                                + " import it again");
                    }
                }
                case "text:sequence-decls", "text:variable-decls", "text:user-field-decls", "office:forms",
                        "text:soft-page-break", "text:dde-connection-decls" -> {
                    // Declarations and marks: nothing of the bulletin.
                }
                default -> {
                    if (!element.text().isBlank()) {
                        problems.at("paragraph " + (items.size() + 1), "is " + element.name() + ", "
                                + ReadProblems.quote(element.text()) + ", which a bulletin cannot hold; make it"
                                + " paragraphs, or remove it");
                    }
                }
            }
        }
    }

    private static List<OdtParagraph> paragraphs(List<Item> items, int from, int to) {
        List<OdtParagraph> paragraphs = new ArrayList<>();
        for (Item item : items.subList(from, to)) {
            if (item.paragraph() != null) {
                paragraphs.add(item.paragraph());
            }
        }
        return paragraphs;
    }

    private String sectionHeading(OdtParagraph heading, String place) {
        heading.report(place, problems);
        if (heading.plainText().length() > limits.maxTextLength()) {
            problems.at(place, "has " + heading.plainText().length() + " characters, more than the limit of "
                    + limits.maxTextLength());
        }
        return heading.plainText();
    }

    private void onlyTheHeading(List<Item> items, int from, int heading, String where) {
        for (int i = from; i < heading; i++) {
            OdtParagraph paragraph = items.get(i).paragraph();
            if (paragraph != null && !paragraph.isBlank()) {
                problems.at(where + ", paragraph " + (i - from + 1), "has text, "
                        + ReadProblems.quote(paragraph.plainText()) + ", but after a section's table comes the next"
                        + " section's heading alone");
            }
        }
    }

    private Bulletin bulletin(List<RichText> closing) {
        List<String> lines = front.lines();
        List<String> headings = columns == null ? Arrays.asList(null, null) : columns;
        try {
            return new Bulletin(lines.get(0), lines.get(1), lines.get(2).isEmpty() ? odt.creator() : lines.get(2),
                    odt.language(), headings.get(0), headings.get(1), odt.labels(), front.introduction(), entries,
                    sections, closing);
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
            case "publisher" -> lines.get(2).isEmpty() ? "meta.xml, author" : lines.get(2);
            case "language" -> "meta.xml, language";
            case "columns[0]" -> firstTable + " row 1, left cell";
            case "columns[1]" -> firstTable + " row 1, right cell";
            default -> problem.path().startsWith("labels.") ? "meta.xml, BulletinKit " + problem.path() : firstTable;
        };
    }
}
