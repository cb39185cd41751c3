package io.github.bulletinkit.docx;

import io.github.bulletinkit.layout.Role;
import io.github.bulletinkit.model.RichText;
import io.github.bulletinkit.reading.Paragraph;
import io.github.bulletinkit.reading.ReadProblems;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/**
 * Reads what comes before a bulletin's first table, or its first section's heading: the title, the subtitle and
 * the publisher, the introduction, and the contents list, which is passed over since rendering makes it anew.
 * Pictures, such as a logo, and empty paragraphs are passed over too.
 *
 * <p>A paragraph is known by its style (Title, Subtitle, Publisher, Introduction, TOC Heading, TOC 1), or else
 * by its place: the first three lines are the title, the subtitle and the publisher, and the lines after them
 * the introduction. The contents list is its heading and the paragraphs after it that link to places inside
 * the document; without the heading's style, its heading is the line before the first such paragraph. Belongs
 * to one read; not thread-safe.
 */
final class FrontMatter {

    private static final int LINES = 3;

    private final StyleRoles styles;
    private final ProseParagraphs prose;
    private final ReadProblems problems;
    private final List<String> lines = new ArrayList<>(List.of("", "", ""));
    private final List<String> linePlaces = new ArrayList<>(List.of("", "", ""));
    private final List<RichText> introduction = new ArrayList<>();

    FrontMatter(StyleRoles styles, ProseParagraphs prose, ReadProblems problems) {
        this.styles = styles;
        this.prose = prose;
        this.problems = problems;
    }

    /**
     * Reads {@code paragraphs}, which are {@code where} ({@code before the table}), each as {@code read}; reports
     * what does not fit.
     */
    void read(List<Element> paragraphs, List<Paragraph> read, String where) {
        int contents = contentsStart(paragraphs, read);
        int next = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph paragraph = read.get(i);
            String place = where + ", paragraph " + (i + 1);
            if (paragraph.isBlank()) {
                continue;
            }
            if (contents >= 0 && i >= contents) {
                if (i > contents && !isContentsItem(paragraphs.get(i), paragraph)) {
                    problems.at(place, "is in the contents list, " + ReadProblems.quote(paragraph.plainText())
                            + ", but is no link to a section; rendering makes the list anew, so delete it there, or"
                            + " move it above the list into the introduction");
                }
                continue;
            }
            int line = line(role(paragraphs.get(i)), next);
            if (line == LINES) {
                RichText text = prose.read(paragraphs.get(i), paragraph, place);
                if (text != null) {
                    introduction.add(text);
                }
                next = LINES;
            } else if (line < next) {
                problems.at(place, "is one line too many above the introduction, "
                        + ReadProblems.quote(paragraph.plainText()) + "; a bulletin starts with a title, perhaps a"
                        + " subtitle and a publisher, each once and in that order");
            } else {
                lines.set(line, paragraph.plainText());
                linePlaces.set(line, place);
                next = line + 1;
            }
        }
        if (linePlaces.get(0).isEmpty()) {
            problems.at("", "has no title before its table; a bulletin starts with its title");
            linePlaces.set(0, where);
        }
    }

    /** The title, the subtitle and the publisher, empty where there is none. */
    List<String> lines() {
        return lines;
    }

    /** Where each of {@link #lines()} was read; empty where there is none. */
    List<String> linePlaces() {
        return linePlaces;
    }

    List<RichText> introduction() {
        return introduction;
    }

    /**
     * Which of the title lines a paragraph is, from 0, or {@link #LINES} for the introduction's: by its style, or
     * by its place when its style says nothing.
     */
    private static int line(Role role, int next) {
        if (role == null) {
            return next;
        }
        return switch (role) {
            case TITLE -> 0;
            case SUBTITLE -> 1;
            case PUBLISHER -> 2;
            default -> LINES;
        };
    }

    /** The index of the contents list's heading, or of its first item when it has none; -1 for no list. */
    private int contentsStart(List<Element> paragraphs, List<Paragraph> read) {
        int lastText = -1;
        for (int i = 0; i < paragraphs.size(); i++) {
            if (read.get(i).isBlank()) {
                continue;
            }
            if (role(paragraphs.get(i)) == Role.CONTENTS_HEADING) {
                return i;
            }
            if (isContentsItem(paragraphs.get(i), read.get(i))) {
                // A heading whose style was taken away is the line above the first item, if nothing else claims it.
                return lastText >= 0 && role(paragraphs.get(lastText)) == null ? lastText : i;
            }
            lastText = i;
        }
        return -1;
    }

    private boolean isContentsItem(Element element, Paragraph paragraph) {
        return role(element) == Role.CONTENTS_ITEM || paragraph.isInternalLink();
    }

    /** What the paragraph's style says it is; null when its style says nothing. */
    private Role role(Element paragraph) {
        return styles.paragraphRole(WordXml.paragraphStyle(paragraph)).orElse(null);
    }
}
