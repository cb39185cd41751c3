package io.github.bulletinkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.bulletinkit.format.ReadLimits;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.InvalidBulletinException;
import io.github.bulletinkit.model.Run;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The introduction, sections and closing in the JSON form: read, and every bad input named by its place. */
class SectionsJsonTest {

    private static final BulletinJsonReader READER = BulletinJsonReader.create();
    private static final String ENTRY = """
            {"topic": "T", "source": "S", "published": "2025-01-01", "summary": ["x"]}""";

    private static List<String> problems(String json) {
        InvalidBulletinException e = catchThrowableOfType(InvalidBulletinException.class,
                () -> READER.read(json, "b.json"));
        assertThat(e).as("problems of %s", json).isNotNull();
        return e.lines();
    }

    @Test
    void readsTheIntroductionSectionsAndClosing() {
        Bulletin bulletin = READER.read("""
                {"title": "Partnership Bulletin",
                 "introduction": ["Welcome to the <b>spring</b> bulletin."],
                 "sections": [{"heading": "Research", "entries": [%1$s, %1$s]},
                              {"heading": "Policy", "entries": [%1$s]}],
                 "closing": ["Call <a href=\\"tel:+441234567890\\">01234 567890</a>."]}
                """.formatted(ENTRY), "b.json");

        assertThat(bulletin.introduction()).singleElement()
                .satisfies(p -> assertThat(p.plainText()).isEqualTo("Welcome to the spring bulletin."));
        assertThat(bulletin.sections()).extracting(s -> s.heading()).containsExactly("Research", "Policy");
        assertThat(bulletin.sections()).extracting(s -> s.entries().size()).containsExactly(2, 1);
        assertThat(bulletin.entries()).as("every entry, section by section").hasSize(3);
        assertThat(bulletin.closing().get(0).runs()).extracting(Run::url).contains("tel:+441234567890");
    }

    @Test
    void namesThePlaceOfEveryProblemOfSectionsAtOnce() {
        assertThat(problems("""
                {"title": "T", "introduction": [""],
                 "sections": [{"heading": "A", "entries": [%1$s]}, {"heading": " ", "entries": [%1$s]},
                              {"heading": "C", "entries": []}, {"entries": [%1$s]}],
                 "closing": ["<a href=\\"tel:emergency\\">call</a>"]}
                """.formatted(ENTRY))).containsExactly(
                "b.json: introduction[0]: must not be empty",
                "b.json: sections[1].heading: must not be empty",
                "b.json: sections[2].entries: a section needs at least one entry",
                "b.json: sections[3].heading: is required",
                "b.json: closing[0].url: \"tel:emergency\" has no telephone number after tel:; write one such as"
                        + " tel:+441234567890");
    }

    @Test
    void aBulletinHasEntriesOrSectionsNeverBoth() {
        assertThat(problems("""
                {"title": "T", "entries": [%1$s], "sections": [{"heading": "A", "entries": [%1$s]}]}
                """.formatted(ENTRY))).containsExactly("b.json: sections: a bulletin has entries or sections,"
                + " never both");
        assertThat(problems("{\"title\": \"T\", \"sections\": []}"))
                .containsExactly("b.json: sections: needs at least one section");
        assertThat(problems("{\"title\": \"T\", \"sections\": [{\"heading\": \"A\", \"entries\": [" + ENTRY
                + "]}], \"sections\": []}")).isNotEmpty();
    }

    @Test
    void theLimitOnEntriesCountsEverySection() {
        ReadLimits limits = ReadLimits.defaults().withMaxEntries(2);
        InvalidBulletinException e = catchThrowableOfType(InvalidBulletinException.class,
                () -> BulletinJsonReader.create(limits).read("""
                        {"title": "T", "sections": [{"heading": "A", "entries": [%1$s, %1$s]},
                                                    {"heading": "B", "entries": [%1$s]}]}
                        """.formatted(ENTRY), "b.json"));

        assertThat(e.lines()).singleElement().asString()
                .endsWith("sections: have 3 entries in all, more than the limit of 2");
    }
}
