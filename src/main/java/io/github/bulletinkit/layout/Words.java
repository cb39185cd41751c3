package io.github.bulletinkit.layout;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words that a bulletin's documents write around the model's own text, and how they write a date: decided
 * here once, for every renderer, and for the readers that read those documents back. The labels are English;
 * months are named in the bulletin's language, from the platform's locale data.
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

    private Words(Locale locale) {
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
        return MADE.computeIfAbsent(Objects.requireNonNull(locale, "locale"), Words::new);
    }

    /**
     * The label of an entry's source line.
     *
     * @return {@code Source:}; never null
     */
    public String sourceLabel() {
        return "Source:";
    }

    /**
     * The label of an entry's date line.
     *
     * @return {@code Date published:}; never null
     */
    public String publishedLabel() {
        return "Date published:";
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
     * @return {@code Contents}; never null
     */
    public String contents() {
        return "Contents";
    }

    /**
     * The page footer's words around its two numbers, for formats that count pages themselves (Word's
     * {@code PAGE} and {@code NUMPAGES} fields).
     *
     * @return {@code "Page "}, {@code " of "} and {@code ""}; unmodifiable, never null
     */
    public List<String> footer() {
        return List.of("Page ", " of ", "");
    }
}
