package io.github.bulletinkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.bulletinkit.markup.InlineMarkup;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Labels in the bulletin's language, a bulletin's own labels, and the languages of entries and phrases. */
class LanguagesModelTest {

    private static Entry.Builder entry() {
        return Entry.builder().topic("T").source("S").published(LocalDate.of(2025, 1, 6)).paragraph("x");
    }

    private static List<String> problems(Runnable build) {
        InvalidBulletinException e = catchThrowableOfType(InvalidBulletinException.class, build::run);
        assertThat(e).isNotNull();
        return e.problems().stream().map(p -> p.path() + ": " + p.message()).toList();
    }

    @Test
    void labelsAreBuiltInForEnglishAndWelshByTheirPrimaryLanguage() {
        assertThat(Label.SOURCE.builtIn("cy")).contains("Ffynhonnell:");
        assertThat(Label.SOURCE.builtIn("cy-GB")).contains("Ffynhonnell:");
        assertThat(Label.PUBLISHED.builtIn("en-US")).contains("Date published:");
        assertThat(Label.PAGE.builtIn("cy")).contains("Tudalen {page} o {pages}");
        assertThat(Label.SOURCE.builtIn("pl")).isEmpty();
        assertThat(Label.builtInFor("cy")).isTrue();
        assertThat(Label.builtInFor("ur")).isFalse();
    }

    @Test
    void aWelshBulletinsColumnsAreWelshUnlessNamed() {
        Bulletin welsh = Bulletin.builder("Diweddariadau").language("cy").entry(entry().build()).build();

        assertThat(welsh.informationHeading()).isEqualTo("Gwybodaeth");
        assertThat(welsh.linkHeading()).isEqualTo("Dolen");
        assertThat(welsh.label(Label.CONTENTS)).isEqualTo("Cynnwys");
        assertThat(welsh.labelLanguage(Label.SOURCE)).isEqualTo("cy");
        assertThat(Bulletin.builder("T").language("cy").columns("Eitem", "Darllen").entry(entry().build()).build()
                .informationHeading()).isEqualTo("Eitem");
    }

    @Test
    void aLanguageWithoutLabelsTakesTheEnglishMarkedAsEnglishUnlessItGivesItsOwn() {
        Bulletin polish = Bulletin.builder("Biuletyn").language("pl").label(Label.SOURCE, "Źródło:")
                .entry(entry().build()).build();

        assertThat(polish.label(Label.SOURCE)).isEqualTo("Źródło:");
        assertThat(polish.labelLanguage(Label.SOURCE)).isEqualTo("pl");
        assertThat(polish.label(Label.PUBLISHED)).isEqualTo("Date published:");
        assertThat(polish.labelLanguage(Label.PUBLISHED)).isEqualTo("en");
        assertThat(polish.informationHeading()).isEqualTo("Information");
        assertThat(polish.labels()).isEqualTo(Map.of(Label.SOURCE, "Źródło:"));
    }

    @Test
    void aLabelMustHoldItsPlacesAndTheLanguagesMustBeTags() {
        assertThat(problems(() -> Bulletin.builder("T").label(Label.PAGE, "Strona {page}").label(Label.SOURCE, " ")
                .label(Label.ENTRIES, "wpisy").entry(entry().build()).build())).containsExactlyInAnyOrder(
                "labels.page: \"Strona {page}\" has no {pages} to write it in",
                "labels.source: must not be empty",
                "labels.entries: \"wpisy\" has no {count} to write it in");
        assertThat(problems(() -> Bulletin.builder("T").label(Label.PAGE, "{pages}: {page}").entry(entry().build())
                .build())).containsExactly("labels.page: \"{pages}: {page}\" must give {page} before {pages}");
        assertThat(problems(() -> entry().language("not a tag").build()))
                .containsExactly("language: \"not a tag\" is not a BCP 47 language tag such as en-GB");
        assertThat(problems(() -> Run.plain("Croeso").inLanguage("cy_GB")))
                .singleElement().asString().startsWith("language: ");
    }

    @Test
    void aPhraseInAnotherLanguageIsASpanWithItsLangAndReadsBack() {
        RichText text = InlineMarkup.parse("Welcome, or <span lang=\"cy\"><b>croeso</b></span>, to all.");

        assertThat(text.runs()).extracting(Run::text, Run::language).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Welcome, or ", ""),
                org.assertj.core.groups.Tuple.tuple("croeso", "cy"),
                org.assertj.core.groups.Tuple.tuple(", to all.", ""));
        assertThat(InlineMarkup.parse(InlineMarkup.format(text))).isEqualTo(text);
        assertThat(catchThrowableOfType(InvalidBulletinException.class,
                () -> InlineMarkup.parse("<span>croeso</span>")).getMessage())
                .contains("<span> at character 1 needs a lang with the language of its text");
        assertThat(catchThrowableOfType(InvalidBulletinException.class,
                () -> InlineMarkup.parse("<span style=\"x\" lang=\"cy\">croeso</span>")).getMessage())
                .contains("unsupported attribute style on <span>");
    }
}
