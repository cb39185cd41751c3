package io.github.bulletinkit.reading;

import io.github.bulletinkit.layout.Words;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * The date of a {@code Date published:} line: as the renderer writes it ({@code 06 January 2025}, the month
 * in the bulletin's language, or in English), with or without the leading zero, in any case; or as an ISO date
 * ({@code 2025-01-06}). Nothing else: a date that could be read two ways is not guessed at.
 */
public final class PublishedDate {

    private static final Words ENGLISH = Words.of(Locale.ENGLISH);

    private final Words words;

    /** The dates of a bulletin in the language of {@code locale}. */
    public PublishedDate(Locale locale) {
        this.words = Words.of(locale);
    }

    public Optional<LocalDate> parse(String text) {
        String date = text.strip();
        try {
            return Optional.of(LocalDate.parse(date, DateTimeFormatter.ISO_LOCAL_DATE));
        } catch (DateTimeParseException e) {
            return words.readDate(date).or(() -> ENGLISH.readDate(date));
        }
    }
}
