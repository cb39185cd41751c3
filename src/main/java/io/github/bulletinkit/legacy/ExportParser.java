package io.github.bulletinkit.legacy;

import io.github.bulletinkit.format.ReadLimits;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.Entry;
import io.github.bulletinkit.model.InvalidBulletinException;
import io.github.bulletinkit.model.Link;
import io.github.bulletinkit.model.Problem;
import io.github.bulletinkit.model.RichText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The state of one import: reads the lines of an export in order, gathering entries and problems. Made afresh
 * for each file, so that {@link LegacyExportReader} itself holds no state.
 */
final class ExportParser {

    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
    private static final String HEADINGS_EXAMPLE = "\"Information<TAB>Link\"";

    private final ReadLimits limits;
    private final Problems problems = new Problems();
    private final List<Entry> entries = new ArrayList<>();
    private String title;
    private int titleLine;
    private String[] headings = {null, null};
    private int headingsLine;
    private boolean sawRow;
    private boolean inEntry;
    private EntryDraft current;
    private int entryCount;

    private ExportParser(ReadLimits limits) {
        this.limits = limits;
    }

    /** @throws InvalidBulletinException naming {@code file} and listing every problem, each with its line */
    static Bulletin parse(String text, String file, ReadLimits limits) {
        return new ExportParser(limits).read(text, file);
    }

    private Bulletin read(String text, String file) {
        String[] lines = LINE_BREAK.split(text.startsWith("\uFEFF") ? text.substring(1) : text, -1);
        int i = nextNonBlank(lines, 0);
        if (i == lines.length) {
            problems.at(1, "expected the bulletin's title, but the file has no text");
            problems.throwIfAny(file);
        }
        if (lines[i].indexOf('\t') < 0) {
            title = lines[i].strip();
            titleLine = i + 1;
            i = nextNonBlank(lines, i + 1);
        } else {
            problems.at(i + 1, "expected the bulletin's title on the first line, but found cells separated by a tab");
        }
        if (i == lines.length) {
            problems.at(titleLine, "expected the column headings after the title, but the file ends");
            problems.throwIfAny(file);
        }
        headings(i + 1, lines[i]);
        for (i++; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                row(i + 1, lines[i]);
            }
        }
        finishEntry();
        if (!sawRow) {
            problems.at(headingsLine, "expected entries after the column headings, but the file ends");
        }
        problems.throwIfAny(file);
        try {
            return Bulletin.builder(title).columns(headings[0], headings[1]).entries(entries).build();
        } catch (InvalidBulletinException e) {
            for (Problem p : e.problems()) {
                problems.at(p.path().equals("title") ? titleLine : headingsLine, List.of(p));
            }
            problems.throwIfAny(file);
            throw e;
        }
    }

    private void headings(int line, String text) {
        headingsLine = line;
        String[] cells = text.split("\t", -1);
        if (cells.length == 2 && !cells[0].isBlank() && !cells[1].isBlank() && !text.contains("<")) {
            headings = new String[] {cells[0].strip(), cells[1].strip()};
            return;
        }
        problems.at(line, "expected the column headings, two names separated by a tab such as " + HEADINGS_EXAMPLE
                + ", but found " + Problems.quote(text.replace("\t", "<TAB>")));
        if (text.contains("<")) {
            // The headings are missing and this is the first entry: read it too, so that every problem shows.
            row(line, text);
        }
    }

    private void row(int line, String text) {
        sawRow = true;
        String[] cells = text.split("\t", -1);
        if (cells.length != 2) {
            problems.at(line, "expected two cells separated by a tab, the information and the links, but found "
                    + cells.length);
        }
        String linkCell = cells.length < 2 ? "" : String.join(" ", List.of(cells).subList(1, cells.length));
        List<RichText> information = paragraphs(cells[0], "information cell", line);
        List<Link> links = LinkCell.links(paragraphs(linkCell, "link cell", line), line, problems);

        // A line without topic and source continues the entry above it: real exports spill a cell onto a new line.
        if (information.isEmpty() || EntryDraft.isDate(information.get(0))) {
            if (!inEntry) {
                problems.at(line, "this line has no topic and source, so it continues an entry, but no entry"
                        + " starts before it");
            } else if (current != null) {
                current.add(line, information, links, problems);
            }
            return;
        }
        finishEntry();
        inEntry = true;
        if (entryCount == limits.maxEntries()) {
            problems.at(line, "the export has more than " + limits.maxEntries() + " entries, the limit");
        }
        if (++entryCount > limits.maxEntries()) {
            return;
        }
        RichText heading = information.get(0);
        current = heading == CellMarkup.UNREADABLE ? null : EntryDraft.start(line, heading, problems);
        if (current != null) {
            current.add(line, information.subList(1, information.size()), links, problems);
        }
    }

    /** The cell's paragraphs; none, and a problem, when it is longer than the limit. */
    private List<RichText> paragraphs(String html, String cell, int line) {
        if (html.length() > limits.maxTextLength()) {
            problems.at(line, "the " + cell + " is " + html.length() + " characters long, more than the limit of "
                    + limits.maxTextLength());
            return List.of(CellMarkup.UNREADABLE);
        }
        return CellMarkup.paragraphs(html, cell, line, limits.maxMarkupDepth(), problems);
    }

    private void finishEntry() {
        if (current != null) {
            Entry entry = current.build(problems);
            if (entry != null) {
                entries.add(entry);
            }
            current = null;
        }
    }

    private static int nextNonBlank(String[] lines, int from) {
        int i = from;
        while (i < lines.length && lines[i].isBlank()) {
            i++;
        }
        return i;
    }
}
