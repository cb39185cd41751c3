package io.github.bulletinkit.docx;

import static io.github.bulletinkit.docx.WordEdits.DOCUMENT;
import static io.github.bulletinkit.docx.WordEdits.RELATIONSHIPS;
import static io.github.bulletinkit.docx.WordEdits.STYLES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.bulletinkit.contract.ContractBulletins;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.InvalidBulletinException;
import io.github.bulletinkit.model.Section;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What Word, LibreOffice and people do to a rendered bulletin of sections reads back as the bulletin they see;
 * what a bulletin of sections cannot hold is reported at its place.
 */
class DocxSectionsEditsTest {

    private static final Bulletin BULLETIN = ContractBulletins.sectioned();
    private static final Pattern TABLE = Pattern.compile("<w:tbl>.*?</w:tbl>");
    private static final String HEADING_2 = "<w:p><w:pPr><w:pStyle w:val=\"Heading2\"/></w:pPr>";

    private final DocxBulletinReader reader = new DocxBulletinReader();
    private final byte[] rendered = DocxRenderer.create().render(BULLETIN);

    @Test
    void runsSplitWithBookmarksProofingMarksAndCommentsReadTheSame() throws IOException {
        assertThat(read(edit(WordEdits::splitRuns))).isEqualTo(BULLETIN);
    }

    @Test
    void hyperlinksWrittenAsFieldsReadTheSame() throws IOException {
        String relationships = WordEdits.part(rendered, RELATIONSHIPS);

        assertThat(read(edit(d -> WordEdits.complexFields(d, relationships)))).isEqualTo(BULLETIN);
        assertThat(read(edit(d -> WordEdits.simpleFields(d, relationships)))).isEqualTo(BULLETIN);
    }

    @Test
    void theContentsListAsHyperlinkFieldsIsPassedOver() throws IOException {
        byte[] edited = edit(d -> d.replaceAll("<w:hyperlink w:anchor=\"(section-\\d)\">(.*?)</w:hyperlink>",
                "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> HYPERLINK"
                        + " \\\\l \"$1\" </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>$2"
                        + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"));

        assertThat(read(edited)).isEqualTo(BULLETIN);
    }

    @Test
    void stylesLocalisedAndRenamedReadTheSame() throws IOException {
        UnaryOperator<String> german = xml -> xml.replace("\"Heading2\"", "\"berschrift2\"")
                .replace("\"Heading3\"", "\"berschrift3\"").replace("\"TOCHeading\"", "\"Inhaltsverzeichnisberschrift\"")
                .replace("\"TOC1\"", "\"Verzeichnis1\"").replace("\"Title\"", "\"Titel\"")
                .replace("\"Introduction\"", "\"Einleitung\"").replace("\"Hyperlink\"", "\"Link1\"");
        byte[] edited = ZipParts.replace(edit(german), STYLES, german);

        assertThat(read(edited)).isEqualTo(BULLETIN);
    }

    @Test
    void directFormattingInsteadOfParagraphStylesReadsTheSame() throws IOException {
        byte[] edited = edit(d -> d.replaceAll("<w:pPr><w:pStyle w:val=\"[A-Za-z0-9]+\"/></w:pPr>",
                "<w:pPr><w:spacing w:after=\"120\"/><w:rPr><w:b/><w:sz w:val=\"28\"/></w:rPr></w:pPr>"));

        assertThat(read(edited)).isEqualTo(BULLETIN);
    }

    @Test
    void oneSectionIsKnownByItsBookmarkWhenItsStyleIsGoneAndTheBookmarkMovedBeforeIt() throws IOException {
        Bulletin one = Bulletin.builder("One section").introduction(BULLETIN.introduction().get(1))
                .section(BULLETIN.sections().get(0)).build();
        byte[] edited = ZipParts.replace(DocxRenderer.create().render(one), DOCUMENT, d -> d
                .replace(HEADING_2 + "<w:bookmarkStart w:id=\"0\" w:name=\"section-1\"/>",
                        "<w:bookmarkStart w:id=\"0\" w:name=\"section-1\"/><w:p>"));

        assertThat(WordEdits.part(edited, DOCUMENT)).doesNotContain("Heading2");
        assertThat(read(edited)).isEqualTo(one);
    }

    @Test
    void aSectionAddedByHandAndTheContentsListDeletedRead() throws IOException {
        byte[] edited = edit(d -> {
            String lastTable = tables(d).get(2);
            String added = HEADING_2 + "<w:r><w:t>Added by hand</w:t></w:r></w:p>" + lastTable;
            return d.replaceAll("<w:p><w:pPr><w:pStyle w:val=\"TOC(Heading|1)\"/></w:pPr>.*?</w:p>", "")
                    .replace(lastTable, lastTable + added);
        });

        List<Section> sections = new ArrayList<>(BULLETIN.sections());
        sections.add(new Section("Added by hand", BULLETIN.sections().get(2).entries()));
        assertThat(read(edited).sections()).containsExactlyElementsOf(sections);
    }

    @Test
    void whatASectionCannotHoldIsReportedAtItsPlaceAllAtOnce() {
        byte[] edited = edit(d -> {
            List<String> tables = tables(d);
            String note = "<w:p><w:r><w:t>A note under the table</w:t></w:r></w:p>";
            String typedHeading = HEADING_2 + "<w:r><w:t>More to come</w:t></w:r></w:p>";
            return d.replace(tables.get(0), tables.get(0) + note)
                    .replace(tables.get(1), tables.get(1).replace("<w:t>Link</w:t>", "<w:t>Links</w:t>"))
                    .replace("<w:t>Date published: 01 March 2025</w:t>", "<w:t>Date published: in March</w:t>")
                    .replaceFirst("(<w:p><w:pPr><w:pStyle w:val=\"Heading2\"/>)",
                            "<w:p><w:r><w:t>See the last page</w:t></w:r></w:p>$1")
                    .replaceFirst("(<w:sectPr)", Matcher.quoteReplacement(typedHeading) + "$1");
        });

        assertThat(problems(edited)).containsExactly(
                "edited.docx: before the first section, paragraph 10: is in the contents list, \"See the last"
                        + " page\", but is no link to a section; rendering makes the list anew, so delete it there,"
                        + " or move it above the list into the introduction",
                "edited.docx: section 1, after the table, paragraph 1: has text, \"A note under the table\", but"
                        + " after a section's table comes the next section's heading alone",
                "edited.docx: section 2, table row 1: has the column headings \"Information\" and \"Links\", but the"
                        + " first table's are \"Information\" and \"Link\"; every section's table has the bulletin's"
                        + " headings",
                "edited.docx: section 3, table row 2, left cell, paragraph 3: cannot read the date \"in March\";"
                        + " write it as the bulletin does, such as 06 January 2025, or as 2025-01-06",
                "edited.docx: after the last table, paragraph 3: is a section's heading (Heading 2), \"More to"
                        + " come\", with no table after it; a section is its heading, then its table of entries");
    }

    @Test
    void aTableWithoutItsHeadingIsRefused() {
        byte[] edited = edit(d -> d.replaceFirst("<w:p><w:pPr><w:pStyle w:val=\"Heading2\"/></w:pPr>"
                + "<w:bookmarkStart w:id=\"1\".*?</w:p>", ""));

        assertThat(problems(edited)).containsExactly("edited.docx: table 2: has no heading before it; in a bulletin"
                + " of sections, each table follows its section's heading, a paragraph in the Heading 2 style");
    }

    @Test
    void aTrackedChangeIsPlacedInItsSection() {
        byte[] edited = edit(d -> d.replace("<w:t>Working Together</w:t></w:r>", "<w:t>Working Together</w:t>"
                + "</w:r><w:ins w:id=\"1\" w:author=\"A\" w:date=\"2025-01-07T10:00:00Z\"><w:r><w:t xml:space="
                + "\"preserve\"> 2023</w:t></w:r></w:ins>"));

        assertThat(problems(edited)).singleElement().asString()
                .contains("holds a tracked change (the first, an insertion, in section 2, table row 2)");
    }

    private static List<String> tables(String document) {
        return TABLE.matcher(document).results().map(MatchResult::group).toList();
    }

    private byte[] edit(UnaryOperator<String> change) {
        return ZipParts.replace(rendered, DOCUMENT, change);
    }

    private Bulletin read(byte[] docx) throws IOException {
        return reader.read(new ByteArrayInputStream(docx), "edited.docx");
    }

    private List<String> problems(byte[] docx) {
        return catchThrowableOfType(InvalidBulletinException.class, () -> read(docx)).lines();
    }
}
