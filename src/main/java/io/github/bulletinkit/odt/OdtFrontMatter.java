package io.github.bulletinkit.odt;

import io.github.bulletinkit.layout.Role;
import io.github.bulletinkit.model.RichText;
import io.github.bulletinkit.reading.ReadProblems;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads what comes before a bulletin's first table, or its first section's heading, as the Word reader does: the
 * title, the subtitle and the publisher, the introduction, and the contents list, which is passed over since
 * rendering makes it anew; pictures, such as the logo, and empty paragraphs are passed over too. A paragraph is
 * known by its style (Title, Subtitle, Publisher, Introduction, Contents Heading, Contents 1), or else by its
 * place: the first three lines are the title, the subtitle and the publisher, and the lines after them the
 * introduction. Belongs to one read; not thread-safe.
 */
final class OdtFrontMatter {

    private static final int LINES = 3;

    private final OdtProse prose;
    private final ReadProblems problems;
    private final List<String> lines = new ArrayList<>(List.of("", "", ""));
    private final List<String> linePlaces = new ArrayList<>(List.of("", "", ""));
    private final List<RichText> introduction = new ArrayList<>();

    OdtFrontMatter(OdtProse prose, ReadProblems problems) {
        this.prose = prose;
        this.problems = problems;
    }

    /** Reads {@code paragraphs}, which are {@code where} ({@code before the table}); reports what does not fit. */
    void read(List<OdtParagraph> paragraphs, String where) {
        int contents = contentsStart(paragraphs);
        int next = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            OdtParagraph paragraph = paragraphs.get(i);
            String place = where + ", paragraph " + (i + 1);
            if (paragraph.isBlank()) {
                continue;
            }
            if (contents >= 0 && i >= contents) {
                if (i > contents && !isContentsItem(paragraph)) {
                    problems.at(place, "is in the contents list, " + ReadProblems.quote(paragraph.plainText())
                            + ", but is no link to a section; rendering makes the list anew, so delete it there, or"
                            + " move it above the list into the introduction");
                }
                continue;
            }
            int line = line(paragraph.role(), next);
            if (line == LINES) {
                RichText text = prose.read(paragraph, place);
                if (text != null) {
                    introduction.add(text);
                }
                next = LINES;
            } else if (line < next) {
                problems.at(place, "is one line too many above the introduction, "
                        + ReadProblems.quote(paragraph.plainText()) + "; a bulletin starts with a title, perhaps a"
                        + " subtitle and a publisher, each once and in that order");
            } else {
                paragraph.report(place, problems);
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

    List<String> lines() {
        return lines;
    }

    List<String> linePlaces() {
        return linePlaces;
    }

    List<RichText> introduction() {
        return introduction;
    }

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
    private static int contentsStart(List<OdtParagraph> paragraphs) {
        int lastText = -1;
        for (int i = 0; i < paragraphs.size(); i++) {
            OdtParagraph paragraph = paragraphs.get(i);
            if (paragraph.isBlank()) {
                continue;
            }
            if (paragraph.role() == Role.CONTENTS_HEADING) {
                return i;
            }
            if (isContentsItem(paragraph)) {
                // A heading whose style was taken away is the line above the first item, if nothing else claims it.
                return lastText >= 0 && paragraphs.get(lastText).role() == null ? lastText : i;
            }
            lastText = i;
        }
        return -1;
    }

    private static boolean isContentsItem(OdtParagraph paragraph) {
        return paragraph.role() == Role.CONTENTS_ITEM || paragraph.isInternalLink();
    }
}
