package io.github.bulletinkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.InvalidBulletinException;
import io.github.bulletinkit.model.Label;
import io.github.bulletinkit.testing.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Labels, entries' languages and phrases in other languages in the JSON form, written and read back. */
class LanguagesJsonTest {

    private static final Path WELSH = Path.of("samples", "diweddariadau-diogelu.json");
    private static final String ENTRY = """
            {"topic": "T", "source": "S", "published": "2025-01-01", "summary": ["x"]}""";

    @Test
    void theWelshSampleIsWhatTheWriterWritesAndReadsBackEqual() throws IOException {
        Bulletin welsh = Samples.read(WELSH);
        String schemaLine = "  \"$schema\": \"bulletin.schema.json\",\n";

        assertThat(welsh.entries().get(2).language()).isEqualTo("en-GB");
        assertThat(BulletinJsonWriter.create().write(welsh)).isEqualTo(Files.readString(WELSH).replace(schemaLine, ""));
    }

    @Test
    void labelsAreReadByTheirKeysAndWrittenBack() {
        Bulletin polish = BulletinJsonReader.create().read("""
                {"title": "Biuletyn", "language": "pl",
                 "labels": {"source": "Źródło:", "page": "Strona {page} z {pages}"},
                 "entries": [%s]}""".formatted(ENTRY), "b.json");

        assertThat(polish.labels()).isEqualTo(Map.of(Label.SOURCE, "Źródło:", Label.PAGE, "Strona {page} z {pages}"));
        assertThat(BulletinJsonReader.create().read(BulletinJsonWriter.create().write(polish), "")).isEqualTo(polish);
    }

    @Test
    void anUnknownLabelOrABadOneIsNamedByItsPlace() {
        InvalidBulletinException e = catchThrowableOfType(InvalidBulletinException.class,
                () -> BulletinJsonReader.create().read("""
                        {"title": "T", "labels": {"sauce": "x", "page": "Page {page}"},
                         "entries": [{"topic": "T", "source": "S", "published": "2025-01-01", "summary": ["x"],
                                      "language": "xx-!"}]}""", "b.json"));

        assertThat(e.lines()).containsExactly(
                "b.json:1:27: labels.sauce: unknown property; labels has source, published, information, link,"
                        + " contents, page, oneEntry, entries and tableSummary",
                "b.json: labels.page: \"Page {page}\" has no {pages} to write it in",
                "b.json: entries[0].language: \"xx-!\" is not a BCP 47 language tag such as en-GB");
    }
}
