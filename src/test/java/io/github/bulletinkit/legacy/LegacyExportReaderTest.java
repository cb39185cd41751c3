package io.github.bulletinkit.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.bulletinkit.format.ReadLimits;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.Entry;
import io.github.bulletinkit.model.InvalidBulletinException;
import io.github.bulletinkit.model.Link;
import io.github.bulletinkit.model.RichText;
import io.github.bulletinkit.model.Run;
import io.github.bulletinkit.model.Style;
import io.github.bulletinkit.testing.Samples;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LegacyExportReaderTest {

    private static final Path SAMPLE = Samples.LEGACY_EXPORT;
    private static final String HEAD = "Title\n\nInformation\tLink\n";
    private static final String ENTRY = "<p>Topic Source: Someone Date published: 6 January 2025</p> <p>Summary.</p>";

    private final LegacyExportReader reader = new LegacyExportReader();

    @Test
    void readsEveryEntryOfTheSampleInOrder() throws IOException {
        Bulletin bulletin = reader.read(SAMPLE);

        assertThat(BulletinDump.of(bulletin)).isEqualTo(resource("safeguarding-updates.expected.txt"));
        assertThat(bulletin.entries()).hasSize(9);
        assertThat(bulletin.subtitle()).isEmpty();
        assertThat(bulletin.publisher()).isEmpty();
        assertThat(bulletin.language()).isEqualTo("en-GB");
        assertThat(bulletin.entries()).flatMap(Entry::links).noneMatch(Link::hasUrl);
    }

    @Test
    void carriesEverythingOfTheJsonSampleThatAnExportHolds() throws IOException {
        Bulletin json = Samples.sample();
        List<Entry> entries = json.entries().stream().map(e -> new Entry(e.topic(), e.source(), e.published(),
                e.summary().stream().map(LegacyExportReaderTest::withoutUrls).toList(),
                e.links().stream().map(l -> new Link(l.prefix(), withoutUrls(l.text()), "")).toList())).toList();
        Bulletin withoutWhatExportsLack = new Bulletin(json.title(), "", "", json.language(),
                json.informationHeading(), json.linkHeading(), entries);

        assertThat(json.subtitle()).isNotEmpty();
        assertThat(json.entries()).flatMap(Entry::links).anyMatch(Link::hasUrl);
        assertThat(reader.read(SAMPLE)).isEqualTo(withoutWhatExportsLack);
    }

    @Test
    void splitsTheOfcomLinksAtTheirLeadPhrasesOnly() throws IOException {
        Entry ofcom = reader.read(SAMPLE).entries().get(6);

        assertThat(ofcom.topic()).isEqualTo("Online safety");
        assertThat(ofcom.links()).containsExactly(
                Link.of("Read the press release:",
                        "Time for tech firms to act: UK online safety regulation comes into force"),
                Link.of("Access the codes and guidance:", "Statement: protecting people from illegal harms online"),
                Link.of("See also on NSPCC Learning >", "Preventing online harm and abuse"));
    }

    @Test
    void splitsOnlyAtAVerbPhraseThatEndsInAColonOrAtSeeAlsoOn() {
        Bulletin bulletin = read(HEAD + ENTRY + "\t<p>Find out more: Part one: the basics Watch the video: Children who"
                + " Take part Read the guidance: Reading list: 2025 See also on NSPCC Learning > Who we are</p>"
                + " <p>Listen to the podcast: read all about it: now</p>");

        assertThat(bulletin.entries().get(0).links()).containsExactly(
                Link.of("Find out more:", "Part one: the basics"),
                Link.of("Watch the video:", "Children who Take part"),
                Link.of("Read the guidance:", "Reading list: 2025"),
                Link.of("See also on NSPCC Learning >", "Who we are"),
                Link.of("Listen to the podcast:", "read all about it: now"));
    }

    @Test
    void keepsEmphasisInSummariesAndLinkTexts() {
        Bulletin bulletin = read(HEAD + "<p>Topic Source: Someone Date published: 06 January 2025</p>"
                + " <p>One <b>bold</b>, <strong>strong <i>and</i></strong> <em>italic</em>   <u> under</u>.</p>"
                + "\t<p>Read the report: <u>Deaths of children</u> <u>in need</u></p>");

        Entry entry = bulletin.entries().get(0);
        assertThat(entry.summary()).containsExactly(RichText.builder().text("One ").bold("bold").text(", ")
                .bold("strong ").add(Run.styled("and", Style.BOLD, Style.ITALIC))
                .text(" ").italic("italic").text(" ").underline("under").text(".").build());
        assertThat(BulletinDump.marked(entry.links().get(0).text()))
                .isEqualTo("<u>Deaths of children</u> <u>in need</u>");
        assertThat(entry.links().get(0).prefix()).isEqualTo("Read the report:");
    }

    @Test
    void readsParagraphsAsHtmlDoes() {
        Bulletin bulletin = read(HEAD + "<P class=MsoNormal>Topic Source: Someone Date published: 06 January 2025"
                + "<p>Aged &lt;5 &amp; <5, see <a href=\"https://example.org/a\">this</a>.<p> <b> </b> </p>"
                + "<p>Two</p> <!-- between -->\t<p>Read it:  x <i></i>  y</p>");

        Entry entry = bulletin.entries().get(0);
        assertThat(entry.summary()).containsExactly(
                RichText.builder().text("Aged <5 & <5, see ").link("this", "https://example.org/a").text(".").build(),
                RichText.of("Two"));
        assertThat(entry.links()).containsExactly(Link.of("Read it:", "x y"));
    }

    @Test
    void mergesALineThatContinuesTheEntryAbove() {
        Bulletin bulletin = read(HEAD
                + "<p>Care Source: Commissioner</p>\t<p>Access the resource: Hierarchy of needs</p>\n"
                + "\n"
                + "<p>Date published: 10 December 2024</p> <p>First.</p>\t\n"
                + "\t<p>Read the report: Spilled link</p>\n"
                + "<p>Next Source: Other Date published: 9 December 2024</p> <p>Second.</p>\t");

        assertThat(BulletinDump.of(bulletin)).isEqualTo("""
                Title
                columns: Information | Link

                Care
                source: Commissioner
                published: 2024-12-10
                summary: First.
                link: Access the resource: | Hierarchy of needs
                link: Read the report: | Spilled link

                Next
                source: Other
                published: 2024-12-09
                summary: Second.
                """);
    }

    @Test
    void ignoresBlankLinesAnywhere() {
        Bulletin bulletin = read("\n \n\t\nMy title  \n\n\n  \nNews\tMore\n\n"
                + ENTRY + "\t\n \t \n\n" + ENTRY + "\t\n\n");

        assertThat(bulletin.title()).isEqualTo("My title");
        assertThat(bulletin.informationHeading()).isEqualTo("News");
        assertThat(bulletin.linkHeading()).isEqualTo("More");
        assertThat(bulletin.entries()).hasSize(2);
    }

    @Test
    void acceptsAByteOrderMarkAndWindowsLineEnds(@TempDir Path dir) throws IOException {
        String unix = Files.readString(SAMPLE);
        String windows = "\uFEFF" + unix.replace("\n", "\r\n");
        Path utf8 = Files.writeString(dir.resolve("utf8.txt"), windows, StandardCharsets.UTF_8);
        Path utf16 = Files.writeString(dir.resolve("utf16.txt"), windows, StandardCharsets.UTF_16LE);
        Path oldMac = Files.writeString(dir.resolve("cr.txt"), unix.replace("\n", "\r"), StandardCharsets.UTF_8);

        Bulletin expected = reader.read(SAMPLE);
        assertThat(windows).startsWith("\uFEFF\r\n\r\nSafeguarding Updates\r\n");
        assertThat(reader.read(new StringReader(windows), "in.txt")).isEqualTo(expected);
        assertThat(reader.read(utf8)).isEqualTo(expected);
        assertThat(reader.read(utf16)).isEqualTo(expected);
        assertThat(reader.read(oldMac)).isEqualTo(expected);
    }

    @Test
    void readsADateWithOneOrTwoDigitsAndAnyCaseOfTheMonth() {
        Bulletin bulletin = read(HEAD + "<p>A Source: B Date published: 1 march 2024</p> <p>S.</p>\t\n"
                + "<p>C Source: D Date published: 09 SEPTEMBER 2024</p> <p>S.</p>\t");

        assertThat(bulletin.entries()).extracting(Entry::published)
                .containsExactly(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 9, 9));
    }

    @Test
    void reportsAFileThatIsNotUtf8WithItsLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("cp1252.txt");
        Files.write(file, "Title\n\nInformation\tLink\n<p>Children\u2019s Source: X</p>\t".getBytes(
                Charset.forName("windows-1252")));

        InvalidBulletinException e = catchThrowableOfType(InvalidBulletinException.class, () -> reader.read(file));

        assertThat(e.lines()).containsExactly(file + ":4: the file is not UTF-8 text: byte 0x92 cannot be read;"
                + " save the export as UTF-8");
    }

    @Test
    void reportsAnEmptyFile() {
        assertThat(problems(" \n\n"))
                .containsExactly("in.txt:1: expected the bulletin's title, but the file has no text");
    }

    @Test
    void reportsAMissingTitle() {
        assertThat(problems("\nInformation\tLink\n" + ENTRY + "\t")).containsExactly(
                "in.txt:2: expected the bulletin's title on the first line, but found cells separated by a tab");
    }

    @Test
    void reportsMissingHeadings() {
        assertThat(problems("Title\n\n")).containsExactly(
                "in.txt:1: expected the column headings after the title, but the file ends");
        assertThat(problems("Title\n" + ENTRY + "\t\n<p>No source</p>\t")).containsExactly(
                "in.txt:2: expected the column headings, two names separated by a tab such as \"Information<TAB>Link\","
                        + " but found \"<p>Topic Source: Someone Date published…\"",
                "in.txt:3: this line starts no entry: its first paragraph \"No source\" has no \"Source:\";"
                        + " an entry starts \"<topic> Source: <source> Date published: <date>\"");
    }

    @Test
    void reportsWrongHeadings() {
        assertThat(problems("Title\nInformation\n" + ENTRY + "\t")).containsExactly(
                "in.txt:2: expected the column headings, two names separated by a tab such as \"Information<TAB>Link\","
                        + " but found \"Information\"");
        assertThat(problems("Title\nInformation\tLink\tMore\n" + ENTRY + "\t")).containsExactly(
                "in.txt:2: expected the column headings, two names separated by a tab such as \"Information<TAB>Link\","
                        + " but found \"Information<TAB>Link<TAB>More\"");
    }

    @Test
    void reportsAnExportWithoutEntries() {
        assertThat(problems(HEAD + "\n\n")).containsExactly(
                "in.txt:3: expected entries after the column headings, but the file ends");
    }

    @Test
    void reportsLinesWithoutTwoCells() {
        assertThat(problems(HEAD + ENTRY + "\n" + ENTRY + "\t<p>Read it: x</p>\t<p>More</p>")).containsExactly(
                "in.txt:4: expected two cells separated by a tab, the information and the links, but found 1",
                "in.txt:5: expected two cells separated by a tab, the information and the links, but found 3",
                "in.txt:5: the link \"More\" does not start with a lead phrase such as \"Read the report:\""
                        + " or \"See also on NSPCC Learning >\"");
    }

    @Test
    void reportsDatesItCannotRead() {
        assertThat(problems(HEAD + "<p>A Source: B Date published: 32 January 2025</p> <p>S.</p>\t\n"
                + "<p>C Source: D Date published: Jan 6, 2025</p> <p>S.</p>\t\n"
                + "<p>E Source: F</p> <p>S.</p>\t\n"
                + "<p>G Source: H Date published: 1 May 2025</p> <p>Date published: 2 May 2025</p> <p>S.</p>\t"))
                .containsExactly(
                "in.txt:4: cannot read the date \"32 January 2025\"; write the day, the month in full and the year,"
                        + " such as \"06 January 2025\"",
                "in.txt:5: cannot read the date \"Jan 6, 2025\"; write the day, the month in full and the year,"
                        + " such as \"06 January 2025\"",
                "in.txt:6: the entry \"E\" has no \"Date published:\"",
                "in.txt:7: a second \"Date published:\" for the entry that starts on line 7");
    }

    @Test
    void reportsAContinuationWithNoEntryBeforeIt() {
        String orphan = ": this line has no topic and source, so it continues an entry, but no entry starts before it";
        assertThat(problems(HEAD + "<p>Date published: 10 December 2024</p> <p>S.</p>\t\n"
                + "\t<p>Read it: x</p>\n"
                + ENTRY + "\t")).containsExactly("in.txt:4" + orphan, "in.txt:5" + orphan);
    }

    @Test
    void reportsBadMarkupInEitherCell() {
        assertThat(problems(HEAD + "<p>Topic Source: X Date published: 6 May 2025</p> <p>S <span>x</span></p>"
                + "\t<p>Read it: <b>x</p> <p>Read it: <a href=\"https://example.org/\">x</a></p>\n"
                + "Loose <p>Topic Source: X Date published: 6 May 2025</p> <p>S.</p></div>\t<u>Read it: x</u>"))
                .containsExactly(
                "in.txt:4: the information cell, paragraph 2: <span> at character 3 needs a lang with the language"
                        + " of its text, such as lang=\"cy\"",
                "in.txt:4: the link cell, paragraph 1: <b> at character 10 is never closed",
                "in.txt:4: text: the text of a link must not hold links of its own",
                "in.txt:5: the information cell has text outside a <p> paragraph: \"Loose\"",
                "in.txt:5: the information cell has broken markup outside its paragraphs:"
                        + " Unexpected EndTag token [</div>] when in state [InBody]",
                "in.txt:5: the link cell has <u> outside a <p> paragraph");
    }

    @Test
    void reportsStrayMarkupAroundParagraphsRatherThanDropIt() {
        assertThat(problems(HEAD + ENTRY + "</p>\t<p>Read it: x</p>\n"
                + ENTRY + "\t<table><p>Read it: x</p></table>\n"
                + ENTRY + " <p> </b> </p>\t<p>Read it: x</p>\n"
                + ENTRY + "\t<p><b>Read it: x</p> <p>Read it: y</p>")).containsExactly(
                "in.txt:4: the information cell has a </p> that closes no paragraph",
                "in.txt:5: the link cell has <table> outside a <p> paragraph",
                "in.txt:6: the information cell has broken markup in an empty paragraph:"
                        + " Unexpected EndTag token [</b>] when in state [InBody]",
                "in.txt:7: the link cell, paragraph 1: <b> at character 1 is never closed");
    }

    @Test
    void holdsEntriesCellsAndMarkupToTheReadLimits() {
        LegacyExportReader reader = new LegacyExportReader(
                ReadLimits.defaults().withMaxEntries(2).withMaxTextLength(200).withMaxMarkupDepth(2));
        String deep = "<p>Topic Source: X Date published: 6 May 2025</p> <p><b><i><u>Deep</u></i></b></p>";
        InvalidBulletinException e = catchThrowableOfType(InvalidBulletinException.class,
                () -> reader.read(new StringReader(HEAD + deep + "\t<p>Read it: x</p>\n"
                        + ENTRY + "\t<p>Read it: " + "x".repeat(200) + "</p>\n"
                        + ENTRY + "\t\n" + ENTRY + "\t\n"), "in.txt"));

        assertThat(e.lines()).containsExactly(
                "in.txt:4: the information cell, paragraph 2: markup nested deeper than 2 tags at character 7",
                "in.txt:5: the link cell is 216 characters long, more than the limit of 200",
                "in.txt:6: the export has more than 2 entries, the limit");
    }

    @Test
    void refusesAnExportLargerThanTheLimitBeforeReadingIt(@TempDir Path folder) throws IOException {
        Path export = Files.writeString(folder.resolve("big.txt"), HEAD + ENTRY + "\t<p>Read it: x</p>\n");
        LegacyExportReader reader = new LegacyExportReader(ReadLimits.defaults().withMaxInputBytes(50));

        assertThat(catchThrowableOfType(InvalidBulletinException.class, () -> reader.read(export)).lines())
                .containsExactly(export + ": the file is " + Files.size(export)
                        + " bytes, more than the limit of 50 bytes");
        assertThat(catchThrowableOfType(InvalidBulletinException.class,
                () -> reader.read(new StringReader(Files.readString(export)), "big.txt")).lines())
                .containsExactly("big.txt: the text is longer than the limit of 50 bytes");
    }

    @Test
    void reportsLinksItCannotSplit() {
        assertThat(problems(HEAD + ENTRY + "\t<p>Statement: protecting people</p> <p>Read the report: </p>"
                + " <p>Read the report: Access the Bill: Bill</p>")).containsExactly(
                "in.txt:4: the link \"Statement: protecting people\" does not start with a lead phrase such as"
                        + " \"Read the report:\" or \"See also on NSPCC Learning >\"",
                "in.txt:4: the link \"Read the report:\" has no text after its lead phrase",
                "in.txt:4: the link \"Read the report:\" has no text after its lead phrase");
    }

    @Test
    void reportsEntriesTheModelRejectsWithTheirLine() {
        assertThat(problems(HEAD + ENTRY + "\t\n"
                + "<p>Source: Someone Date published: 6 January 2025</p> <p>S.</p>\t\n"
                + "<p>Topic Source:  Date published: 6 January 2025</p>\t<p>Read it: x</p>\n"
                + "<p>Topic Source: X Date published: 6 January 2025</p> <p>Bell\u0007</p>\t\n"
                + "<p>Bad\u0001 Source: X</p>\t<p>Read it: x\u0001</p>\n"
                + "<p>Date published: 7 January 2025</p> <p>S.</p>\t")).containsExactly(
                "in.txt:5: topic: must not be empty",
                "in.txt:6: source: must not be empty",
                "in.txt:6: summary: needs at least one paragraph",
                "in.txt:7: the information cell, paragraph 2: contains the control character U+0007 at character 5,"
                        + " which cannot appear in a document",
                "in.txt:8: the information cell, paragraph 1: contains the control character U+0001 at character 4,"
                        + " which cannot appear in a document",
                "in.txt:8: the link cell, paragraph 1: contains the control character U+0001 at character 11,"
                        + " which cannot appear in a document");
    }

    private static RichText withoutUrls(RichText text) {
        return new RichText(text.runs().stream().map(r -> new Run(r.text(), r.styles(), "")).toList());
    }

    private Bulletin read(String export) {
        try {
            return reader.read(new StringReader(export), "in.txt");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> problems(String export) {
        InvalidBulletinException e = catchThrowableOfType(InvalidBulletinException.class, () -> read(export));
        assertThat(e.problems()).allMatch(p -> p.line() > 0 && p.column() == 0);
        assertThat(e.file()).isEqualTo("in.txt");
        return e.lines();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = LegacyExportReaderTest.class.getResourceAsStream("/legacy/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
