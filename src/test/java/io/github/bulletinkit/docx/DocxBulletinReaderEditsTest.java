package io.github.bulletinkit.docx;

import static io.github.bulletinkit.docx.WordEdits.DOCUMENT;
import static io.github.bulletinkit.docx.WordEdits.RELATIONSHIPS;
import static io.github.bulletinkit.docx.WordEdits.STYLES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.Entry;
import io.github.bulletinkit.model.InvalidBulletinException;
import io.github.bulletinkit.model.Link;
import io.github.bulletinkit.model.RichText;
import io.github.bulletinkit.model.Run;
import io.github.bulletinkit.model.Style;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** What Word, LibreOffice and people do to a rendered bulletin reads back as the bulletin they see. */
class DocxBulletinReaderEditsTest {

    private static final Entry CHILDREN_IN_CARE = Entry.builder().topic("Children in care")
            .source("Department for Education").published(LocalDate.of(2025, 1, 6))
            .paragraph(RichText.builder().text("The report found that ").bold("775 children").text(" were placed ")
                    .italic("far from home").text(". Read the ").link("full report", "https://example.org/report#summary")
                    .text(" now.").build())
            .link("Read the report:", "Children looked after", "https://example.org/report")
            .link(new Link("See also", RichText.builder().text("the ").underline("guidance").build(), ""))
            .build();
    private static final Entry ONLINE_SAFETY = Entry.builder().topic("Online safety").source("Ofcom")
            .published(LocalDate.of(2025, 1, 3))
            .paragraph(RichText.builder().text("New codes ").underline("apply").text(" from March.").build())
            .paragraph("A second paragraph.")
            .link("", "Ofcom's codes", "https://example.org/codes?page=2&lang=en")
            .build();
    private static final Entry THIRD = Entry.builder().topic("A third entry").source("Home Office")
            .published(LocalDate.of(2024, 12, 20)).paragraph("It is deleted in one of the tests.").build();
    private static final Bulletin BULLETIN = Bulletin.builder("Safeguarding Updates").subtitle("January 2025")
            .publisher("NSPCC Learning").entries(List.of(CHILDREN_IN_CARE, ONLINE_SAFETY, THIRD)).build();

    private static final String ADDED_ROW = "<w:tr><w:tc>"
            + "<w:p><w:r><w:t>Added by hand</w:t></w:r></w:p>"
            + "<w:p><w:r><w:t xml:space=\"preserve\">Source: </w:t></w:r><w:r><w:t>Local council</w:t></w:r></w:p>"
            + "<w:p><w:r><w:t>Date published: 3 February 2025</w:t></w:r></w:p>"
            + "<w:p/>"
            + "<w:p><w:r><w:t xml:space=\"preserve\">Typed in Word, </w:t></w:r><w:r><w:rPr><w:b w:val=\"1\"/></w:rPr>"
            + "<w:t>bold</w:t></w:r><w:r><w:rPr><w:b w:val=\"0\"/></w:rPr><w:t xml:space=\"preserve\"> and e</w:t>"
            + "<w:noBreakHyphen/><w:t>mail</w:t><w:sym w:font=\"Symbol\" w:char=\"2192\"/></w:r></w:p>"
            + "</w:tc><w:tc>"
            + "<w:p><w:r><w:t xml:space=\"preserve\">Council page: </w:t></w:r>"
            + "<w:fldSimple w:instr=\" HYPERLINK &quot;https://example.org/council&quot; \"><w:r><w:t>Local news</w:t>"
            + "</w:r></w:fldSimple><w:r><w:t xml:space=\"preserve\"> </w:t></w:r></w:p>"
            + "</w:tc></w:tr>";

    private final DocxBulletinReader reader = new DocxBulletinReader();
    private final byte[] rendered = DocxRenderer.create().render(BULLETIN);

    @Test
    void runsSplitAtEveryWordWithBookmarksProofingMarksAndCommentsReadTheSame() throws IOException {
        String document = WordEdits.part(rendered, DOCUMENT);
        String split = WordEdits.splitRuns(document);
        assertThat(split).contains("<w:proofErr").contains("<w:commentReference");

        assertThat(read(edit(DOCUMENT, d -> split))).isEqualTo(BULLETIN);
    }

    @Test
    void hyperlinksWrittenAsComplexFieldsReadTheSame() throws IOException {
        String relationships = WordEdits.part(rendered, RELATIONSHIPS);
        String fields = WordEdits.complexFields(WordEdits.part(rendered, DOCUMENT), relationships);
        assertThat(fields).doesNotContain("<w:hyperlink").contains("\\l \"summary\"");

        assertThat(read(edit(DOCUMENT, d -> fields))).isEqualTo(BULLETIN);
    }

    @Test
    void hyperlinksWrittenAsSimpleFieldsReadTheSame() throws IOException {
        String relationships = WordEdits.part(rendered, RELATIONSHIPS);

        assertThat(read(edit(DOCUMENT, d -> WordEdits.simpleFields(d, relationships)))).isEqualTo(BULLETIN);
    }

    @Test
    void stylesLocalisedAndRenamedReadTheSame() throws IOException {
        UnaryOperator<String> german = xml -> xml.replace("\"Heading2\"", "\"berschrift2\"")
                .replace("\"Title\"", "\"Titel\"").replace("\"Subtitle\"", "\"Untertitel\"")
                .replace("\"EntryDetails\"", "\"Eintragsdetails\"").replace("\"Entry Details\"", "\"Eintragsdetails\"")
                .replace("\"Hyperlink\"", "\"Link1\"")
                .replace("\"EntryLinkPrefix\"", "\"EntryLinkPrefix0\"");
        byte[] edited = ZipParts.replace(edit(DOCUMENT, german), STYLES, german);

        assertThat(read(edited)).isEqualTo(BULLETIN);
    }

    @Test
    void directFormattingInsteadOfParagraphStylesReadsTheSame() throws IOException {
        byte[] edited = edit(DOCUMENT, d -> d.replaceAll("<w:pPr><w:pStyle w:val=\"[A-Za-z0-9]+\"/></w:pPr>",
                "<w:pPr><w:spacing w:after=\"120\"/><w:rPr><w:b/><w:sz w:val=\"28\"/></w:rPr></w:pPr>"));

        assertThat(read(edited)).isEqualTo(BULLETIN);
    }

    @Test
    void aLogoBeforeTheTitleIsPassedOver() throws IOException {
        String logo = "<w:p><w:r><w:drawing><wp:inline xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/"
                + "wordprocessingDrawing\"/></w:drawing></w:r></w:p>";
        byte[] edited = edit(DOCUMENT, d -> d.replaceFirst("<w:body>", "<w:body>" + logo));

        assertThat(read(edited)).isEqualTo(BULLETIN);
    }

    @Test
    void aRowDeletedAndARowAddedByHandWithoutOurStylesRead() throws IOException {
        byte[] edited = edit(DOCUMENT, d -> WordEdits.withRow(WordEdits.withoutRow(d, 4), ADDED_ROW));

        Entry added = Entry.builder().topic("Added by hand").source("Local council")
                .published(LocalDate.of(2025, 2, 3))
                .paragraph(RichText.builder().text("Typed in Word, ").bold("bold").text(" and e\u2011mail→").build())
                .link("Council page:", "Local news", "https://example.org/council")
                .build();
        assertThat(read(edited).entries()).containsExactly(CHILDREN_IN_CARE, ONLINE_SAFETY, added);
    }

    @Test
    void anEditedSentenceAndAnAddedLinkRead() throws IOException {
        String link = "<w:p><w:hyperlink r:id=\"link2\"><w:r><w:rPr><w:rStyle w:val=\"Hyperlink\"/><w:i/></w:rPr>"
                + "<w:t>The report again</w:t></w:r></w:hyperlink></w:p>";
        byte[] edited = edit(DOCUMENT, d -> d.replace("far from home", "a long way from home")
                .replaceFirst("(Children looked after</w:t></w:r></w:hyperlink></w:p>)", "$1" + link));

        Entry expected = Entry.builder().topic("Children in care").source("Department for Education")
                .published(LocalDate.of(2025, 1, 6))
                .paragraph(RichText.builder().text("The report found that ").bold("775 children")
                        .text(" were placed ").italic("a long way from home").text(". Read the ")
                        .link("full report", "https://example.org/report#summary").text(" now.").build())
                .link("Read the report:", "Children looked after", "https://example.org/report")
                .link(new Link("", new RichText(List.of(Run.styled("The report again", Style.ITALIC))),
                        "https://example.org/report"))
                .link(CHILDREN_IN_CARE.links().get(1))
                .build();
        assertThat(read(edited).entries().get(0)).isEqualTo(expected);
    }

    @Test
    void trackedChangesAreRefusedUntilAcceptedOrRejected() {
        byte[] edited = edit(DOCUMENT, d -> d.replace("<w:t>Online safety</w:t></w:r>",
                "<w:t>Online safety</w:t></w:r><w:ins w:id=\"1\" w:author=\"A\" w:date=\"2025-01-07T10:00:00Z\">"
                        + "<w:r><w:t xml:space=\"preserve\"> and more</w:t></w:r></w:ins>"));

        assertThat(problems(edited)).containsExactly("edited.docx: holds a tracked change (the first, an insertion,"
                + " in table row 3); accept or reject them first (in Word: Review, Accept or Reject; in LibreOffice:"
                + " Edit, Track Changes, Manage), save the document and import it again");
    }

    @Test
    void rowsOfAnotherShapeAreRefusedWithTheirRowNumbersAllAtOnce() {
        String noSource = "<w:tr><w:tc><w:p><w:r><w:t>A topic</w:t></w:r></w:p><w:p><w:r><w:t>Then the summary."
                + "</w:t></w:r></w:p></w:tc><w:tc><w:p/></w:tc></w:tr>";
        String threeCells = "<w:tr><w:tc><w:p/></w:tc><w:tc><w:p/></w:tc><w:tc><w:p/></w:tc></w:tr>";
        byte[] edited = edit(DOCUMENT, d -> WordEdits.withRow(WordEdits.withRow(d, noSource), threeCells)
                .replace("Date published: 03 January 2025", "Date published: 3 Janvier 2025"));

        assertThat(problems(edited)).containsExactly(
                "edited.docx: table row 3, left cell, paragraph 3: cannot read the date \"3 Janvier 2025\"; write"
                        + " it as the bulletin does, such as 06 January 2025, or as 2025-01-06",
                "edited.docx: table row 5, left cell, paragraph 2: expected the line \"Source: …\" under the topic,"
                        + " but found \"Then the summary.\"; an entry's cell holds its topic, a line \"Source: …\","
                        + " a line \"Date published: …\" and its summary, a paragraph each",
                "edited.docx: table row 6: has 3 cells; a bulletin's table has two columns, the information and the"
                        + " links");
    }

    @Test
    void inAPrintLayoutALinkTypedAfterAPrintedAddressReadsAndTextTypedInItsStyleIsReported() throws IOException {
        byte[] forPrint = DocxRenderer.builder().forPrint(true).build().render(BULLETIN);
        String address = "<w:p><w:pPr><w:pStyle w:val=\"EntryAddress\"/></w:pPr><w:r><w:t>example.org/codes?page=2&amp;lang=en"
                + "</w:t></w:r></w:p>";
        // Enter after the printed address gives a paragraph in its style: here a new link is typed in it.
        String typedLink = "<w:p><w:pPr><w:pStyle w:val=\"EntryAddress\"/></w:pPr><w:r><w:t xml:space=\"preserve\">"
                + "Also: </w:t></w:r><w:fldSimple w:instr=\" HYPERLINK &quot;https://example.org/minutes&quot; \">"
                + "<w:r><w:t>the minutes</w:t></w:r></w:fldSimple></w:p>";
        byte[] withLink = ZipParts.replace(forPrint, DOCUMENT, d -> {
            assertThat(d).contains(address);
            return d.replace(address, address + typedLink);
        });
        Entry online = read(withLink).entries().get(1);
        assertThat(online.links()).containsExactly(ONLINE_SAFETY.links().get(0),
                new Link("Also:", RichText.of("the minutes"), "https://example.org/minutes"));

        String typedText = "<w:p><w:pPr><w:pStyle w:val=\"EntryAddress\"/></w:pPr><w:r><w:t>Paper copies at reception"
                + "</w:t></w:r></w:p>";
        byte[] withText = ZipParts.replace(forPrint, DOCUMENT, d -> d.replace(address, address + typedText));
        assertThat(problems(withText)).containsExactly("edited.docx: table row 3, right cell, paragraph 3: is in the"
                + " Entry Address style, where a link's printed address goes, but holds \"Paper copies at reception\","
                + " the printed address of no link in the cell; correct or delete it, or give it the Entry Link style if"
                + " it is a link of its own");

        // The link's address changed in Word, its printed address and its code not: the page would print the old.
        byte[] stale = ZipParts.replace(forPrint, RELATIONSHIPS,
                r -> r.replace("https://example.org/codes?page=2&amp;lang=en", "https://example.org/new-codes"));
        assertThat(problems(stale)).satisfiesExactly(
                printed -> assertThat(printed).contains("table row 3, right cell, paragraph 2: is in the Entry Address"
                        + " style").contains("holds \"example.org/codes?page=2&lang=en\", the printed address of no link"),
                code -> assertThat(code).isEqualTo("edited.docx: table row 3, right cell, paragraph 3: holds the QR code"
                        + " of \"https://example.org/codes?page=2&lang=en\", where no link in the cell leads; delete it,"
                        + " or render the bulletin for print again"));
        // A picture of another kind in that style is refused, as anywhere in a cell.
        byte[] picture = ZipParts.replace(forPrint, DOCUMENT, d -> d.replace("descr=\"QR code for https://example.org/codes",
                "descr=\"A photo of https://example.org/codes"));
        assertThat(problems(picture)).singleElement().asString()
                .contains("table row 3, right cell, paragraph 3: holds a picture, which a bulletin cannot hold");
    }

    private byte[] edit(String part, UnaryOperator<String> change) {
        return ZipParts.replace(rendered, part, change);
    }

    private Bulletin read(byte[] docx) throws IOException {
        return reader.read(new ByteArrayInputStream(docx), "edited.docx");
    }

    private List<String> problems(byte[] docx) {
        return catchThrowableOfType(InvalidBulletinException.class, () -> read(docx)).lines();
    }
}
