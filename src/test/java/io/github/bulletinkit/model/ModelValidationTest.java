package io.github.bulletinkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelValidationTest {

    private static Entry.Builder entry() {
        return Entry.builder().topic("Online safety").source("Ofcom").published(LocalDate.of(2024, 12, 16))
                .paragraph("Ofcom has published its codes.");
    }

    private static List<String> problems(Runnable build) {
        try {
            build.run();
        } catch (InvalidBulletinException e) {
            return e.lines();
        }
        throw new AssertionError("expected an InvalidBulletinException");
    }

    @Test
    void aValidBulletinKeepsEverythingInTheEditorsOrder() {
        Entry first = entry().topic("Zebra crossings").build();
        Entry second = entry().topic("Apples").build();
        Bulletin bulletin = Bulletin.builder("Safeguarding Updates").entry(first).entry(second).build();

        assertThat(bulletin.entries()).extracting(Entry::topic).containsExactly("Zebra crossings", "Apples");
        assertThat(bulletin.language()).isEqualTo("en-GB");
        assertThat(bulletin.informationHeading()).isEqualTo("Information");
        assertThat(bulletin.linkHeading()).isEqualTo("Link");
        assertThat(bulletin.subtitle()).isEmpty();
        assertThat(bulletin.publisher()).isEmpty();
    }

    @Test
    void requiredFieldsAreAllReportedAtOnce() {
        assertThat(problems(() -> Entry.builder().topic(" ").build())).containsExactly(
                "topic: must not be empty",
                "source: is required",
                "published: is required",
                "summary: needs at least one paragraph");
    }

    @Test
    void aBulletinNeedsATitleAndAtLeastOneEntry() {
        assertThat(problems(() -> Bulletin.builder(null).build())).containsExactly(
                "title: is required",
                "entries: a bulletin needs at least one entry");
    }

    @Test
    void theLanguageMustBeABcp47Tag() {
        assertThat(problems(() -> Bulletin.builder("T").language("english!").entry(entry().build()).build()))
                .containsExactly("language: \"english!\" is not a BCP 47 language tag such as en-GB");
        assertThat(Bulletin.builder("T").language("cy-GB").entry(entry().build()).build().locale().getLanguage())
                .isEqualTo("cy");
    }

    @Test
    void controlCharactersAreRejectedWithTheFieldAndCodePoint() {
        assertThat(problems(() -> entry().topic("Bell\u0007").build()))
                .containsExactly("topic: contains the control character U+0007 at character 5, which cannot appear in a document");
        assertThat(problems(() -> entry().source("Ofcom\r").build()))
                .containsExactly("source: contains the control character U+000D at character 6, which cannot appear in a document");
    }

    @Test
    void tabAndNewlineAreAllowed() {
        assertThat(entry().paragraph("one\ttwo\nthree").build().summary()).hasSize(2);
    }

    @Test
    void loneSurrogatesAndNonCharactersAreRejected() {
        assertThat(problems(() -> RichText.of("half \uD83D")))
                .containsExactly("contains a lone surrogate U+D83D at character 6, which is not text");
        assertThat(problems(() -> Link.of("Read:", "x\uFFFE")))
                .containsExactly("text: contains U+FFFE at character 2, which is not a character");
        assertThat(RichText.of("a whole pair \uD83D\uDE00").plainText()).endsWith("\uD83D\uDE00");
    }

    @Test
    void onlyHttpHttpsAndMailtoUrlsAreAllowed() {
        assertThat(Link.of("Read:", "report", "https://example.org/a?b=1&c=2#d").url())
                .isEqualTo("https://example.org/a?b=1&c=2#d");
        assertThat(Link.of("Write to:", "us", "mailto:office@example.org").hasUrl()).isTrue();
        assertThat(problems(() -> Link.of("Read:", "report", "javascript:alert(1)"))).containsExactly(
                "url: \"javascript:alert(1)\" uses the scheme javascript:, but only http, https, mailto and tel are allowed");
        assertThat(problems(() -> Link.of("Read:", "report", "file:///etc/passwd"))).containsExactly(
                "url: \"file:///etc/passwd\" uses the scheme file:, but only http, https, mailto and tel are allowed");
        assertThat(problems(() -> Link.of("Read:", "report", "data:text/html,hi"))).containsExactly(
                "url: \"data:text/html,hi\" uses the scheme data:, but only http, https, mailto and tel are allowed");
        assertThat(problems(() -> Link.of("Read:", "report", "/reports/1"))).containsExactly(
                "url: \"/reports/1\" is not an absolute URL; write it in full, starting with https://");
        assertThat(problems(() -> Link.of("Read:", "report", "https://example.org/a report"))).containsExactly(
                "url: \"https://example.org/a report\" has a space at character 22; write it as %20");
        assertThat(problems(() -> Link.of("Read:", "report", "https:///path"))).containsExactly(
                "url: \"https:///path\" has no host name");
        assertThat(problems(() -> Run.link("here", "mailto:"))).hasSize(1);
    }

    @Test
    void aLinkMayNotHoldLinksInItsText() {
        RichText linked = RichText.builder().link("inner", "https://example.org/").build();
        assertThat(problems(() -> new Link("Read:", linked, "")))
                .containsExactly("text: the text of a link must not hold links of its own");
    }

    @Test
    void listsAreCopiedSoTheModelCannotChangeUnderneath() {
        List<Entry> entries = new java.util.ArrayList<>(List.of(entry().build()));
        Bulletin bulletin = new Bulletin("T", null, null, null, null, null, entries);
        entries.clear();
        assertThat(bulletin.entries()).hasSize(1);
        assertThatThrownBy(() -> bulletin.entries().add(entry().build()))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void problemsArePlacedUnderTheirParent() {
        InvalidBulletinException e = new InvalidBulletinException(List.of(Problem.at("published", "is required")));
        assertThat(e.under("entries[3]").inFile("bulletin.json").lines())
                .containsExactly("bulletin.json: entries[3].published: is required");
        assertThat(new Problem("", 3, 14, "unexpected }").describe("bulletin.json"))
                .isEqualTo("bulletin.json:3:14: unexpected }");
    }

    @Test
    void aDateMustFallInTheYears1To9999() {
        // Beyond them a document's own dates overflow: the renderers failed with an ArithmeticException.
        assertThat(problems(() -> entry().published(LocalDate.MAX).build()))
                .containsExactly("published: \"+999999999-12-31\" is not between the years 1 and 9999");
        assertThat(problems(() -> entry().published(LocalDate.of(0, 12, 31)).build()))
                .containsExactly("published: \"0000-12-31\" is not between the years 1 and 9999");
        assertThat(entry().published(LocalDate.of(1, 1, 1)).build().published()).isEqualTo("0001-01-01");
        assertThat(entry().published(LocalDate.of(9999, 12, 31)).build().published()).isEqualTo("9999-12-31");
    }
}
