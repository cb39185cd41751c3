package io.github.bulletinkit.layout;

import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.Label;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words that a bulletin's documents write around the model's own text, and how they write a date: decided
 * here once, for every renderer, and for the readers that read those documents back. The labels are the
 * bulletin's own, else those built in for its language ({@link Label}), else the English; months are named in
 * the bulletin's language, from the platform's locale data.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2.0
 */
public final class Words {

    // Parsed once: parsing the pattern for every entry cost more than formatting the date.
    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("dd MMMM yyyy");
    // Made once a language: a plan, a reader and each of the deprecated DocumentText's calls asks for them.
    private static final Map<Locale, Words> MADE = new ConcurrentHashMap<>();

    private final DateTimeFormatter written;
    private final DateTimeFormatter reading;
    private final Map<Label, String> labels = new EnumMap<>(Label.class);
    private final Map<Label, String> languages = new EnumMap<>(Label.class);

    private Words(Locale locale, Bulletin bulletin) {
        String language = locale.toLanguageTag();
        for (Label label : Label.values()) {
            if (bulletin != null) {
                labels.put(label, bulletin.label(label));
                languages.put(label, bulletin.labelLanguage(label));
            } else {
                labels.put(label, label.builtIn(language).orElse(label.english()));
                languages.put(label, label.builtIn(language).isPresent() ? language : "en");
            }
        }
        this.written = WRITTEN.withLocale(locale);
        // uuuu, not yyyy: a strict resolver needs the proleptic year, and the model's years 1 to 9999 are the same.
        this.reading = new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("d MMMM uuuu")
                .toFormatter(locale).withResolverStyle(ResolverStyle.STRICT);
    }

    /**
     * The words of documents in the language of {@code locale}.
     *
     * @param locale the bulletin's language; not null
     * @return the words; never null
     */
    public static Words of(Locale locale) {
        return MADE.computeIfAbsent(Objects.requireNonNull(locale, "locale"), made -> new Words(made, null));
    }

    /**
     * The words of a bulletin's documents: its own labels, else its language's, dates in its language.
     *
     * @param bulletin the bulletin; not null
     * @return the words; never null
     */
    public static Words of(Bulletin bulletin) {
        return bulletin.labels().isEmpty() ? of(bulletin.locale()) : new Words(bulletin.locale(), bulletin);
    }

    /**
     * A label's words.
     *
     * @param label the label
     * @return its words, such as {@code Ffynhonnell:}; never null
     */
    public String label(Label label) {
        return labels.get(label);
    }

    /**
     * The language a label is written in: the bulletin's, or English where it has no labels of its own.
     *
     * @param label the label
     * @return a BCP 47 tag; never null
     */
    public String language(Label label) {
        return languages.get(label);
    }

    /**
     * The label of an entry's source line.
     *
     * @return {@code Source:} in English; never null
     */
    public String sourceLabel() {
        return label(Label.SOURCE);
    }

    /**
     * The label of an entry's date line.
     *
     * @return {@code Date published:} in English; never null
     */
    public String publishedLabel() {
        return label(Label.PUBLISHED);
    }

    /**
     * The line naming an entry's source.
     *
     * @param source the source; not null
     * @return the line, such as {@code Source: NSPCC Learning}; never null
     */
    public String sourceLine(String source) {
        return sourceLabel() + " " + source;
    }

    /**
     * The line giving an entry's date.
     *
     * @param published the date; not null
     * @return the line, such as {@code Date published: 06 January 2025}; never null
     */
    public String publishedLine(LocalDate published) {
        return publishedLabel() + " " + date(published);
    }

    /**
     * A date as documents write it: the day in two digits, the month's name, the year.
     *
     * @param date the date; not null
     * @return the date, such as {@code 06 January 2025}; never null
     */
    public String date(LocalDate date) {
        return written.format(date);
    }

    /**
     * A date as {@link #date} writes it, read back: with or without the day's leading zero, in any case. Nothing
     * else is guessed at.
     *
     * @param text the date, white space around it allowed; not null
     * @return the date, or empty when {@code text} is not one written so
     */
    public Optional<LocalDate> readDate(String text) {
        try {
            return Optional.of(LocalDate.parse(text.strip(), reading));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * The heading of a bulletin's contents list.
     *
     * @return {@code Contents} in English; never null
     */
    public String contents() {
        return label(Label.CONTENTS);
    }

    /**
     * What a screen reader announces before it reads a table.
     *
     * @param count the number of its entries
     * @param information the left column's heading
     * @param link the right column's heading
     * @return in English, such as {@code 9 entries, one a row. The Information column gives…}; never null
     */
    public String tableSummary(int count, String information, String link) {
        String entries = count == 1 ? label(Label.ONE_ENTRY)
                : label(Label.ENTRIES).replace("{count}", String.format(Locale.ROOT, "%d", count));
        return label(Label.TABLE_SUMMARY).replace("{information}", information).replace("{link}", link)
                .replace("{entries}", entries);
    }

    /**
     * The page footer's words around its two numbers, for formats that count pages themselves (Word's
     * {@code PAGE} and {@code NUMPAGES} fields).
     *
     * @return in English {@code "Page "}, {@code " of "} and {@code ""}; unmodifiable, never null
     */
    public List<String> footer() {
        String page = label(Label.PAGE);
        // The model keeps {page} before {pages}.
        int number = page.indexOf("{page}");
        int total = page.indexOf("{pages}");
        return List.of(page.substring(0, number), page.substring(number + "{page}".length(), total),
                page.substring(total + "{pages}".length()));
    }
}
