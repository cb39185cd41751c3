package io.github.bulletinkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A bulletin's introduction, sections and closing, and the rules they keep. */
class SectionsModelTest {

    private static Entry entry(String topic) {
        return Entry.builder().topic(topic).source("S").published(LocalDate.of(2025, 1, 1)).paragraph("x").build();
    }

    private static List<String> problems(Runnable build) {
        InvalidBulletinException e = catchThrowableOfType(InvalidBulletinException.class, build::run);
        assertThat(e).isNotNull();
        return e.problems().stream().map(p -> p.path() + ": " + p.message()).toList();
    }

    @Test
    void theEntriesOfABulletinOfSectionsAreThoseOfEachSectionInTurn() {
        Bulletin bulletin = Bulletin.builder("T")
                .introduction(RichText.of("Welcome."))
                .section(Section.of("Research", entry("a"), entry("b")))
                .section(Section.of("Policy", entry("c")))
                .closing(RichText.of("Goodbye."))
                .build();

        assertThat(bulletin.entries()).extracting(Entry::topic).containsExactly("a", "b", "c");
        assertThat(bulletin.sections()).extracting(Section::heading).containsExactly("Research", "Policy");
        assertThat(bulletin.introduction()).containsExactly(RichText.of("Welcome."));
        assertThat(bulletin.closing()).containsExactly(RichText.of("Goodbye."));
    }

    @Test
    void aCopyMadeFromEveryComponentIsEqual() {
        Bulletin bulletin = Bulletin.builder("T").section(Section.of("A", entry("a"))).build();

        Bulletin copy = new Bulletin(bulletin.title(), bulletin.subtitle(), bulletin.publisher(), bulletin.language(),
                bulletin.informationHeading(), bulletin.linkHeading(), bulletin.labels(), bulletin.introduction(),
                bulletin.entries(),
                bulletin.sections(), bulletin.closing());

        assertThat(copy).isEqualTo(bulletin);
    }

    @Test
    void aBulletinOfEntriesAloneIsAsBefore() {
        Bulletin flat = new Bulletin("T", null, null, null, null, null, List.of(entry("a")));

        assertThat(flat.sections()).isEmpty();
        assertThat(flat.introduction()).isEmpty();
        assertThat(flat.closing()).isEmpty();
        assertThat(flat).isEqualTo(Bulletin.builder("T").entry(entry("a")).build());
    }

    @Test
    void entriesAndSectionsTogetherEmptySectionsAndNullParagraphsAreRefusedByTheirPlaces() {
        assertThat(problems(() -> Bulletin.builder("T").entry(entry("a")).section(Section.of("A", entry("b")))
                .build())).containsExactly("sections: a bulletin has entries or sections, never both");
        assertThat(problems(() -> new Section(" ", List.of())))
                .containsExactly("heading: must not be empty", "entries: a section needs at least one entry");
        assertThat(problems(() -> Bulletin.builder("T").entry(entry("a")).introduction(null).closing(null).build()))
                .containsExactly("introduction[0]: must not be null", "closing[0]: must not be null");
    }

    @Test
    void telephoneLinksNeedANumber() {
        assertThat(Run.link("Call us", "tel:+44-1234-567890")).isNotNull();
        assertThat(Run.link("Call us", "tel:01234-567890")).isNotNull();
        assertThat(problems(() -> Run.link("Call us", "tel:")))
                .singleElement().asString().contains("has no telephone number after tel:");
        assertThat(problems(() -> Run.link("Call us", "tel:help")))
                .singleElement().asString().contains("has no telephone number after tel:");
    }
}
