package io.github.bulletinkit.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.bulletinkit.format.ReadLimits;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.InvalidBulletinException;
import io.github.bulletinkit.model.Link;
import io.github.bulletinkit.model.Run;
import io.github.bulletinkit.model.Style;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BulletinJsonReaderTest {

    private static final BulletinJsonReader READER = BulletinJsonReader.create();

    private static List<String> problems(String json) {
        InvalidBulletinException e = catchThrowableOfType(InvalidBulletinException.class,
                () -> READER.read(json, "bulletin.json"));
        assertThat(e).as("problems of %s", json).isNotNull();
        return e.lines();
    }

    @Test
    void acceptsAndIgnoresTheNameOfItsSchema() {
        String entries = """
                "entries": [{"topic": "t", "source": "s", "published": "2025-01-01", "summary": ["x"]}]""";
        Bulletin named = READER.read("{\"$schema\": \"bulletin.schema.json\", \"title\": \"T\", " + entries + "}",
                "b.json");
        assertThat(named).isEqualTo(READER.read("{\"title\": \"T\", " + entries + "}", "b.json"));
        assertThat(problems("{\"$schema\": 2, \"title\": \"T\", " + entries + "}"))
                .containsExactly("bulletin.json:1:13: $schema: expected a string, found a number");
    }

    @Test
    void readsEveryField() {
        Bulletin bulletin = READER.read("""
                {
                  "title": "Safeguarding Updates",
                  "subtitle": "December 2024",
                  "publisher": "Example Partnership",
                  "language": "cy-GB",
                  "columns": ["Gwybodaeth", "Dolen"],
                  "entries": [{
                    "topic": "Children in need",
                    "source": "Children’s Commissioner for England",
                    "published": "2024-12-12",
                    "summary": ["A report on <b>deaths</b> of children.", "Second &amp; last."],
                    "links": [{"prefix": "Read the report:", "text": "<u>Deaths of children in need</u>",
                               "url": "https://www.childrenscommissioner.gov.uk/"}]
                  }]
                }
                """, "b.json");
        assertThat(bulletin.title()).isEqualTo("Safeguarding Updates");
        assertThat(bulletin.subtitle()).isEqualTo("December 2024");
        assertThat(bulletin.publisher()).isEqualTo("Example Partnership");
        assertThat(bulletin.language()).isEqualTo("cy-GB");
        assertThat(bulletin.informationHeading()).isEqualTo("Gwybodaeth");
        assertThat(bulletin.linkHeading()).isEqualTo("Dolen");
        var entry = bulletin.entries().get(0);
        assertThat(entry.published()).isEqualTo(LocalDate.of(2024, 12, 12));
        assertThat(entry.summary().get(0).runs()).containsExactly(
                Run.plain("A report on "), Run.styled("deaths", Style.BOLD), Run.plain(" of children."));
        assertThat(entry.summary().get(1).plainText()).isEqualTo("Second & last.");
        Link link = entry.links().get(0);
        assertThat(link.prefix()).isEqualTo("Read the report:");
        assertThat(link.text().runs()).containsExactly(Run.styled("Deaths of children in need", Style.UNDERLINE));
        assertThat(link.url()).isEqualTo("https://www.childrenscommissioner.gov.uk/");
    }

    @Test
    void onlyTitleAndEntriesAreRequired() {
        Bulletin bulletin = READER.read("""
                {"title": "T", "entries": [{"topic": "a", "source": "b", "published": "2025-01-06", "summary": ["c"]}]}
                """, "");
        assertThat(bulletin.language()).isEqualTo("en-GB");
        assertThat(bulletin.entries().get(0).links()).isEmpty();
    }

    @Test
    void syntaxErrorsGiveLineAndColumn() {
        assertThat(problems("{\n  \"title\": \"T\",\n}")).singleElement().asString()
                .startsWith("bulletin.json:3:1: Unexpected character ('}' (code 125))");
        assertThat(problems("{\"title\": \"unclosed}")).singleElement().asString()
                .startsWith("bulletin.json:1:").contains("end-of-input");
        assertThat(problems("[]")).containsExactly("bulletin.json:1:1: a bulletin is a JSON object, starting with {");
        assertThat(problems("{\"title\": \"T\", \"entries\": []} {}")).containsExactly(
                "bulletin.json: entries: a bulletin needs at least one entry",
                "bulletin.json:1:31: unexpected content after the bulletin's closing }");
    }

    @Test
    void everyProblemIsReportedAtOnceInTheInputsOrder() {
        assertThat(problems("""
                {
                  "title": 5,
                  "colour": "red",
                  "entries": [
                    {"topic": "a", "source": "b", "published": "2025-02-30", "summary": ["ok"]},
                    {"topic": "", "published": "12/12/2024", "summary": ["<script>x</script>"],
                     "links": [{"prefix": "Read:", "text": "x", "url": "javascript:alert(1)"}]},
                    {"topic": "a", "source": "b", "published": "2025-01-01", "summary": []}
                  ]
                }
                """)).containsExactly(
                "bulletin.json:2:12: title: expected a string, found a number",
                "bulletin.json:3:3: colour: unknown property; a bulletin has $schema, title, subtitle, publisher, language, columns, labels, introduction, entries, sections and closing",
                "bulletin.json: entries[0].published: \"2025-02-30\" is not a date in the calendar",
                "bulletin.json: entries[1].source: is required",
                "bulletin.json: entries[1].topic: must not be empty",
                "bulletin.json: entries[1].published: \"12/12/2024\" is not a date of the form YYYY-MM-DD",
                "bulletin.json: entries[1].summary[0]: unsupported tag <script> at character 1; only b, strong, i, em, u, a and span are allowed",
                "bulletin.json: entries[1].links[0].url: \"javascript:alert(1)\" uses the scheme javascript:, but only http, https, mailto and tel are allowed",
                "bulletin.json: entries[2].summary: needs at least one paragraph");
    }

    @Test
    void wrongTypesAreNamed() {
        assertThat(problems("""
                {"title": "T", "entries": {"topic": "a"}}""")).containsExactly(
                "bulletin.json:1:27: entries: expected an array of entries, found an object");
        assertThat(problems("""
                {"title": "T", "entries": [{"topic": "a", "source": "b", "published": 20250101, "summary": "c"}]}"""))
                .containsExactly(
                        "bulletin.json:1:71: entries[0].published: expected a string, found a number",
                        "bulletin.json:1:92: entries[0].summary: expected an array of paragraphs, found a string");
        assertThat(problems("""
                {"title": "T", "columns": ["only one"], "entries": [{"topic": "a", "source": "b", "published": "2025-01-01", "summary": ["c"]}]}"""))
                .containsExactly("bulletin.json: columns: needs exactly two headings, not 1");
    }

    @Test
    void unknownAndRepeatedPropertiesAreErrors() {
        assertThat(problems("""
                {"title": "T", "title": "U", "entries": [{"topic": "a", "source": "b", "published": "2025-01-01",
                 "summary": ["c"], "links": [{"text": "x", "href": "https://example.org/"}]}]}""")).containsExactly(
                "bulletin.json:1:16: title: appears twice",
                "bulletin.json:2:44: entries[0].links[0].href: unknown property; a link has prefix, text and url");
    }

    @Test
    void aHugeNumberIsAnErrorNotACrash() {
        assertThat(problems("{\"title\": " + "9".repeat(5000) + "}")).singleElement().asString()
                .matches("bulletin.json:1:\\d+: Number value length \\(5000\\) exceeds the maximum allowed \\(1000\\)");
    }

    @Test
    void limitsAreClearErrorsNotExhaustedMemory() {
        ReadLimits small = ReadLimits.defaults().withMaxEntries(2).withMaxTextLength(20).withMaxMarkupDepth(2);
        BulletinJsonReader reader = BulletinJsonReader.create(small);
        String entry = "{\"topic\": \"a\", \"source\": \"b\", \"published\": \"2025-01-01\", \"summary\": [\"c\"]}";
        InvalidBulletinException e = catchThrowableOfType(InvalidBulletinException.class, () -> reader.read(
                "{\"title\": \"" + "x".repeat(21) + "\", \"entries\": [" + entry + ", " + entry + ", " + entry + ", "
                        + entry.replace("\"c\"", "\"<b><i><u>deep</u></i></b>\"") + "]}", "big.json"));
        assertThat(e.lines()).containsExactly(
                "big.json:1:11: title: is 21 characters long, more than the limit of 20",
                "big.json:1:200: entries: has more than 2 entries, the limit");

        BulletinJsonReader shallow = BulletinJsonReader.create(ReadLimits.defaults().withMaxMarkupDepth(2));
        InvalidBulletinException deep = catchThrowableOfType(InvalidBulletinException.class, () -> shallow.read(
                "{\"title\": \"T\", \"entries\": [" + entry.replace("\"c\"", "\"<b><i><u>deep</u></i></b>\"") + "]}",
                "deep.json"));
        assertThat(deep.lines()).containsExactly(
                "deep.json: entries[0].summary[0]: markup nested deeper than 2 tags at character 7");

        InvalidBulletinException large = catchThrowableOfType(InvalidBulletinException.class, () ->
                BulletinJsonReader.create(ReadLimits.defaults().withMaxInputBytes(100))
                        .read("{\"title\": \"" + "x".repeat(200) + "\"}", "large.json"));
        assertThat(large.lines()).containsExactly("large.json: Document length (213) exceeds the maximum allowed (100)");
    }

    @Test
    void bytesThatAreNoTextAreAnErrorNotAStreamFailure() {
        // Found by fuzzing: leading zero bytes make Jackson decode UTF-32, and it reports what it cannot
        // decode as an IOException.
        assertThat(problems(new byte[] {0, 0, 0, 0, 0, 0, 0, 'w', 't', 'c', (byte) 0xF2, 'u', 'l'})).containsExactly(
                "bytes.json: the input is not UTF-8 text: Invalid UTF-32 character 0x7463f275 (above 0x0010ffff)"
                        + " at char #2, byte #8)");
        assertThat(problems(new byte[] {0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 't', 'i', 'r'})).containsExactly(
                "bytes.json: the input is not UTF-8 text: Unsupported UCS-4 endianness (2143) detected");
    }

    @Test
    void aStreamThatFailsIsAnIoErrorNotAnInvalidBulletin() {
        InputStream failing = new FilterInputStream(new ByteArrayInputStream("{\"title\": \"T".getBytes(UTF_8))) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int read = super.read(b, off, len);
                if (read < 0) {
                    throw new IOException("the disk is gone");
                }
                return read;
            }
        };
        assertThatThrownBy(() -> READER.read(failing, "failing.json"))
                .isInstanceOf(IOException.class).hasMessageContaining("the disk is gone");
    }

    private static List<String> problems(byte[] bytes) {
        InvalidBulletinException e = catchThrowableOfType(InvalidBulletinException.class,
                () -> READER.read(new ByteArrayInputStream(bytes), "bytes.json"));
        assertThat(e).as("problems of the bytes").isNotNull();
        return e.lines();
    }

    @Test
    void deepJsonIsRefusedBeforeItIsRead() {
        assertThat(problems("{\"title\": " + "[".repeat(50) + "]".repeat(50) + "}")).last().asString()
                .contains("Document nesting depth (17) exceeds the maximum allowed (16)");
    }
}
