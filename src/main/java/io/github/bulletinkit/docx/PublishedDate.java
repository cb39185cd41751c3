package io.github.bulletinkit.docx;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The date of a {@code Date published:} line: as the renderer writes it ({@code 06 January 2025}, the month
 * in the bulletin's language, or in English), with or without the leading zero, in any case; or as an ISO date
 * ({@code 2025-01-06}). Nothing else: a date that could be read two ways is not guessed at.
 */
final class PublishedDate {

    private static final DateTimeFormatter ENGLISH = written(Locale.ENGLISH);

    private final List<DateTimeFormatter> formats;

    /** The dates of a bulletin in the language of {@code locale}. */
    PublishedDate(Locale locale) {
        this.formats = List.of(DateTimeFormatter.ISO_LOCAL_DATE, written(locale), ENGLISH);
    }

    Optional<LocalDate> parse(String text) {
        String date = text.strip();
        for (DateTimeFormatter format : formats) {
            try {
                return Optional.of(LocalDate.parse(date, format));
            } catch (DateTimeParseException e) {
                // Try the next way of writing it.
            }
        }
        return Optional.empty();
    }

    private static DateTimeFormatter written(Locale locale) {
        // uuuu, not yyyy: a strict resolver needs the proleptic year, and the model's years 1 to 9999 are the same.
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("d MMMM uuuu")
                .toFormatter(locale).withResolverStyle(ResolverStyle.STRICT);
    }
}
