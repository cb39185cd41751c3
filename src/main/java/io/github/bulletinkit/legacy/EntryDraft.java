package io.github.bulletinkit.legacy;

import io.github.bulletinkit.layout.Words;
import io.github.bulletinkit.model.Entry;
import io.github.bulletinkit.model.InvalidBulletinException;
import io.github.bulletinkit.model.Link;
import io.github.bulletinkit.model.RichText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One entry while its lines are read: its first line gives the topic and source, and maybe the date; later
 * lines may continue it with the date, more summary paragraphs and more links.
 */
final class EntryDraft {

    // Exports were written in English.
    private static final Words WORDS = Words.of(Locale.ENGLISH);
    private static final String DATE_LABEL = WORDS.publishedLabel();
    // The last " Source: " wins, so that a topic may itself hold "Source:".
    private static final Pattern HEADING = Pattern.compile("(.*)(?:^|\\s)" + Pattern.quote(WORDS.sourceLabel())
            + "(.*?)(?:\\s" + Pattern.quote(DATE_LABEL) + "(.*))?");

    private final int line;
    private final String topic;
    private final String source;
    private LocalDate published;
    private boolean dated;
    private final List<RichText> summary = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();

    private EntryDraft(int line, String topic, String source) {
        this.line = line;
        this.topic = topic;
        this.source = source;
    }

    /** Whether {@code paragraph} opens with the date, as a line that continues an entry does. */
    static boolean isDate(RichText paragraph) {
        return paragraph.plainText().startsWith(DATE_LABEL);
    }

    /**
     * An entry whose heading is {@code heading} ({@code Topic Source: Who Date published: 06 January 2025}),
     * or null, with a problem, when the heading has no source.
     */
    static EntryDraft start(int line, RichText heading, Problems problems) {
        Matcher m = HEADING.matcher(heading.plainText());
        if (!m.matches()) {
            problems.at(line, "this line starts no entry: its first paragraph " + Problems.quote(heading.plainText())
                    + " has no \"Source:\"; an entry starts \"<topic> Source: <source> " + DATE_LABEL + " <date>\"");
            return null;
        }
        EntryDraft draft = new EntryDraft(line, m.group(1).strip(), m.group(2).strip());
        if (m.group(3) != null) {
            draft.date(line, m.group(3).strip(), problems);
        }
        return draft;
    }

    /** Adds the paragraphs and links of a line of this entry; a paragraph that opens with the date gives the date. */
    void add(int at, List<RichText> paragraphs, List<Link> more, Problems problems) {
        for (RichText paragraph : paragraphs) {
            if (isDate(paragraph)) {
                date(at, paragraph.plainText().substring(DATE_LABEL.length()).strip(), problems);
            } else {
                summary.add(paragraph);
            }
        }
        links.addAll(more);
    }

    private void date(int at, String text, Problems problems) {
        if (dated) {
            problems.at(at, "a second \"" + DATE_LABEL + "\" for the entry that starts on line " + line);
            return;
        }
        dated = true;
        published = WORDS.readDate(text).orElse(null);
        if (published == null) {
            problems.at(at, "cannot read the date " + Problems.quote(text)
                    + "; write the day, the month in full and the year, such as \"06 January 2025\"");
        }
    }

    /** The entry, or null when it cannot be built; the reasons go to {@code problems}. */
    Entry build(Problems problems) {
        if (!dated) {
            problems.at(line, "the entry " + Problems.quote(topic) + " has no \"" + DATE_LABEL + "\"");
            return null;
        }
        try {
            return new Entry(topic, source, published, summary, links);
        } catch (InvalidBulletinException e) {
            // An unreadable date was reported already; the model would only add that it is missing.
            problems.at(line, e.problems().stream()
                    .filter(p -> published != null || !p.path().equals("published"))
                    .toList());
            return null;
        }
    }
}
