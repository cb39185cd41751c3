package io.github.bulletinkit.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A date line reads as the renderer writes it, in the bulletin's language or English, or as an ISO date. */
class PublishedDateTest {

    private static final LocalDate SIXTH_OF_JANUARY = LocalDate.of(2025, 1, 6);

    @Test
    void readsTheDateAsTheRendererWritesItAndAsIso() {
        PublishedDate english = new PublishedDate(Locale.UK);

        assertThat(english.parse("06 January 2025")).contains(SIXTH_OF_JANUARY);
        assertThat(english.parse(" 6 january 2025 ")).contains(SIXTH_OF_JANUARY);
        assertThat(english.parse("2025-01-06")).contains(SIXTH_OF_JANUARY);
        assertThat(english.parse("0001-01-01")).contains(LocalDate.of(1, 1, 1));
    }

    @Test
    void readsMonthsInTheBulletinsLanguage() {
        assertThat(new PublishedDate(Locale.forLanguageTag("cy-GB")).parse("01 Mawrth 2025"))
                .contains(LocalDate.of(2025, 3, 1));
        assertThat(new PublishedDate(Locale.forLanguageTag("ru-RU")).parse("06 января 2025"))
                .contains(SIXTH_OF_JANUARY);
        assertThat(new PublishedDate(Locale.forLanguageTag("pl-PL")).parse("06 January 2025"))
                .contains(SIXTH_OF_JANUARY);
    }

    @Test
    void guessesAtNothingElse() {
        PublishedDate english = new PublishedDate(Locale.UK);

        assertThat(english.parse("06/01/2025")).isEmpty();
        assertThat(english.parse("January 6, 2025")).isEmpty();
        assertThat(english.parse("31 February 2025")).isEmpty();
        assertThat(english.parse("6th of Jan")).isEmpty();
    }
}
