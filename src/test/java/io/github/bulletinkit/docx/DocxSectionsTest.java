package io.github.bulletinkit.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinkit.contract.ContractBulletins;
import io.github.bulletinkit.format.RenderOptions;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.testing.Samples;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;

/**
 * A bulletin of sections in Word: the introduction and the closing in styles of their own, a contents list of
 * links to bookmarks around the sections' headings, each section's heading in Heading 2 above its own table,
 * whose header row repeats and whose topics are Heading 3, so that Word's navigation pane and a table of
 * contents show sections and topics.
 */
class DocxSectionsTest {

    private static final String DOCUMENT = "word/document.xml";
    private static final String STYLES = "word/styles.xml";

    private final DocxDocumentReader sectioned = new DocxDocumentReader(
            DocxRenderer.create().render(ContractBulletins.sectioned()));

    @Test
    void theBodyHoldsTheHeadingIntroductionContentsEachSectionAndTheClosingInOrder() throws IOException {
        assertThat(outline(sectioned)).containsExactly(
                "Title: Safeguarding Partnership Bulletin",
                "Subtitle: Spring 2025",
                "Publisher: Example Safeguarding Partnership",
                "Introduction: Welcome to the spring bulletin. This edition brings new national guidance and the"
                        + " partnership's training dates.",
                "Introduction: With thanks to everyone who contributed.",
                "TOCHeading: Contents",
                "TOC1: Research and reports",
                "TOC1: Policy and guidance",
                "TOC1: Training and events",
                "Heading2: Research and reports",
                "table: Children in need, Neglect and the cost of living",
                "Heading2: Policy and guidance",
                "table: Working Together",
                "Heading2: Training and events",
                "table: Multi-agency training",
                "Closing: Contact the team: team@example.org or 01234 567890.",
                "Closing: If a child is in immediate danger, call 999.");
    }

    @Test
    void eachSectionsTableHasItsHeaderRowRepeatingAndItsTopicsInHeading3() throws IOException {
        try (XWPFDocument document = sectioned.document()) {
            List<XWPFTable> tables = document.getTables();
            assertThat(tables).hasSize(3);
            for (XWPFTable table : tables) {
                List<XWPFTableRow> rows = table.getRows();
                assertThat(rows.get(0).isRepeatHeader()).isTrue();
                assertThat(rows.get(0).getCtRow().getTrPr().sizeOfTblHeaderArray()).isEqualTo(1);
                assertThat(rows.subList(1, rows.size())).noneMatch(XWPFTableRow::isRepeatHeader);
                assertThat(rows.get(0).getTableCells()).extracting(cell -> cell.getText())
                        .containsExactly("Information", "Link");
                for (XWPFTableRow row : rows.subList(1, rows.size())) {
                    assertThat(row.getCell(0).getParagraphs().get(0).getStyleID()).isEqualTo("Heading3");
                }
            }
        }
        assertThat(sectioned.strings(DOCUMENT, "//w:tbl/w:tblPr/w:tblCaption/@w:val"))
                .containsExactly("Research and reports", "Policy and guidance", "Training and events");
        assertThat(sectioned.count(DOCUMENT, "//w:tbl//w:pStyle[@w:val='Heading2']")).isZero();
    }

    @Test
    void theContentsListLinksToBookmarksAroundTheSectionHeadingsWithoutFieldsOrPageNumbers() throws IOException {
        List<String> anchors = new ArrayList<>();
        List<String> bookmarks = new ArrayList<>();
        try (XWPFDocument document = sectioned.document()) {
            for (XWPFParagraph paragraph : document.getParagraphs()) {
                if ("TOC1".equals(paragraph.getStyleID())) {
                    List<CTHyperlink> links = paragraph.getCTP().getHyperlinkList();
                    assertThat(links).singleElement().satisfies(link -> assertThat(link.getId()).isNull());
                    anchors.add(links.get(0).getAnchor());
                    assertThat(paragraph.getRuns()).allMatch(run -> run instanceof XWPFHyperlinkRun);
                }
                if ("Heading2".equals(paragraph.getStyleID())) {
                    List<CTBookmark> starts = paragraph.getCTP().getBookmarkStartList();
                    assertThat(starts).hasSize(1);
                    assertThat(paragraph.getCTP().getBookmarkEndList()).singleElement()
                            .satisfies(end -> assertThat(end.getId()).isEqualTo(starts.get(0).getId()));
                    bookmarks.add(starts.get(0).getName());
                }
            }
        }
        assertThat(anchors).containsExactly("section-1", "section-2", "section-3").isEqualTo(bookmarks);
        // The bookmark is around the heading's text: it starts before the first run and ends after the last.
        assertThat(sectioned.names(DOCUMENT, "//w:p[w:pPr/w:pStyle/@w:val='Heading2'][1]/*"))
                .containsExactly("pPr", "bookmarkStart", "r", "bookmarkEnd");
        assertThat(sectioned.count(DOCUMENT, "//w:fldSimple | //w:fldChar | //w:instrText")).isZero();
        assertThat(sectioned.count("word/settings.xml", "//w:updateFields")).isZero();
    }

    @Test
    void headingStylesLookAsTheirRolesAndTheContentsHeadingIsNoHeading() {
        assertThat(style("Heading2", "w:name/@w:val")).isEqualTo("heading 2");
        assertThat(style("Heading2", "w:pPr/w:outlineLvl/@w:val")).isEqualTo("1");
        assertThat(style("Heading2", "w:rPr/w:sz/@w:val")).as("14 pt, a section's heading").isEqualTo("28");
        assertThat(style("Heading2", "w:rPr/w:color/@w:val")).isEqualTo("1F3864");
        assertThat(sectioned.count(STYLES, "//w:style[@w:styleId='Heading2']/w:pPr/w:keepNext")).isEqualTo(1);
        assertThat(style("Heading3", "w:name/@w:val")).isEqualTo("heading 3");
        assertThat(style("Heading3", "w:pPr/w:outlineLvl/@w:val")).isEqualTo("2");
        assertThat(style("Heading3", "w:rPr/w:sz/@w:val")).as("11.5 pt, a topic").isEqualTo("23");
        assertThat(sectioned.count(STYLES, "//w:style[@w:styleId='Heading3']/w:pPr/w:keepNext")).isZero();
        assertThat(style("TOCHeading", "w:name/@w:val")).isEqualTo("TOC Heading");
        assertThat(style("TOCHeading", "w:pPr/w:outlineLvl/@w:val")).as("body text").isEqualTo("9");
        assertThat(style("TOCHeading", "w:basedOn/@w:val")).isEqualTo("Normal");
        assertThat(style("TOC1", "w:name/@w:val")).isEqualTo("toc 1");
    }

    @Test
    void theIntroductionAndTheClosingHaveNamedStylesOfTheirOwn() {
        assertThat(sectioned.strings(DOCUMENT, "//w:p[w:pPr/w:pStyle/@w:val='Introduction']")).hasSize(2);
        assertThat(sectioned.strings(DOCUMENT, "//w:p[w:pPr/w:pStyle/@w:val='Closing']")).hasSize(2);
        assertThat(style("Introduction", "w:name/@w:val")).isEqualTo("Introduction");
        assertThat(style("Introduction", "@w:customStyle")).isEqualTo("1");
        assertThat(style("Closing", "w:name/@w:val")).isEqualTo("Closing");
        assertThat(style("Introduction", "w:pPr/w:spacing/@w:after")).as("0.6 of the base size").isEqualTo("120");
        List<String> paragraphStyles = sectioned.strings(STYLES, "//w:style[@w:type='paragraph']/@w:styleId");
        assertThat(sectioned.strings(DOCUMENT, "//w:pStyle/@w:val")).allMatch(paragraphStyles::contains);
    }

    @Test
    void telephoneAndMailLinksAreExternalHyperlinks() throws IOException {
        try (XWPFDocument document = sectioned.document()) {
            List<String> closingLinks = new ArrayList<>();
            for (XWPFParagraph paragraph : document.getParagraphs()) {
                if ("Closing".equals(paragraph.getStyleID())) {
                    for (XWPFRun run : paragraph.getRuns()) {
                        if (run instanceof XWPFHyperlinkRun link) {
                            closingLinks.add(link.getText(0) + " -> " + link.getHyperlink(document).getURL());
                        }
                    }
                }
            }
            assertThat(closingLinks).containsExactly("team@example.org -> mailto:team@example.org",
                    "01234 567890 -> tel:+441234567890");
        }
        assertThat(sectioned.hyperlinkTarget(sectioned.string(DOCUMENT,
                "//w:hyperlink[.//w:t='01234 567890']/@r:id"))).isEqualTo("tel:+441234567890");
    }

    @Test
    void aSmallParagraphEndsTheBodyOnlyWhereATableIsLast() throws IOException {
        Bulletin withoutClosing = Bulletin.builder("No closing").section(ContractBulletins.sectioned().sections().get(0))
                .section(ContractBulletins.sectioned().sections().get(1)).build();
        DocxDocumentReader tableLast = new DocxDocumentReader(DocxRenderer.create().render(withoutClosing));
        String endParagraph = "//w:body/w:p[w:pPr/w:rPr/w:sz/@w:val='2']";

        assertThat(sectioned.count(DOCUMENT, endParagraph)).isZero();
        assertThat(sectioned.names(DOCUMENT, "//w:body/w:tbl/following-sibling::*[1]"))
                .containsExactly("p", "p", "p");
        assertThat(sectioned.strings(DOCUMENT, "//w:body/w:tbl/following-sibling::*[1]/w:pPr/w:pStyle/@w:val"))
                .containsExactly("Heading2", "Heading2", "Closing");
        assertThat(tableLast.count(DOCUMENT, endParagraph)).isEqualTo(1);
        assertThat(tableLast.names(DOCUMENT, "//w:body/*[last() - 1]")).containsExactly("p");
        assertThat(tableLast.names(DOCUMENT, "//w:body/*[last() - 2]")).containsExactly("tbl");
    }

    @Test
    void aBulletinWithoutSectionsKeepsTopicsInHeading2AndItsStylesAsTheyWere() {
        Bulletin sample = Samples.sample();
        Bulletin introduced = Bulletin.builder(sample.title()).introduction(ContractBulletins.sectioned()
                .introduction().get(0)).entries(sample.entries()).build();
        DocxDocumentReader withIntroduction = new DocxDocumentReader(DocxRenderer.create().render(introduced));
        DocxDocumentReader plain = new DocxDocumentReader(DocxRenderer.create().render(sample));

        assertThat(withIntroduction.string(STYLES, "//w:style[@w:styleId='Heading2']/w:rPr/w:sz/@w:val"))
                .as("a topic's").isEqualTo("23");
        assertThat(withIntroduction.count(DOCUMENT, "//w:tbl//w:pStyle[@w:val='Heading2']"))
                .isEqualTo(sample.entries().size());
        assertThat(withIntroduction.strings(STYLES, "//w:style/@w:styleId")).contains("Introduction", "Closing")
                .doesNotContain("Heading3", "TOCHeading", "TOC1");
        assertThat(plain.strings(STYLES, "//w:style/@w:styleId"))
                .doesNotContain("Introduction", "Closing", "Heading3", "TOCHeading", "TOC1");
        assertThat(plain.part(STYLES)).isEqualTo(new DocxDocumentReader(DocxRenderer.create()
                .render(Bulletin.builder("Another").entries(sample.entries()).build())).part(STYLES));
    }

    @Test
    void theStylesFollowTheOptionsInEveryShape() {
        DocxDocumentReader larger = new DocxDocumentReader(DocxRenderer.builder()
                .options(RenderOptions.builder().baseFontSize(12).build()).build()
                .render(ContractBulletins.sectioned()));

        assertThat(larger.string(STYLES, "//w:style[@w:styleId='Heading2']/w:rPr/w:sz/@w:val")).as("16.8 pt")
                .isEqualTo("34");
        assertThat(larger.string(STYLES, "//w:style[@w:styleId='Heading3']/w:rPr/w:sz/@w:val")).as("13.8 pt")
                .isEqualTo("28");
    }

    private String style(String id, String path) {
        return sectioned.string(STYLES, "//w:style[@w:styleId='" + id + "']/" + path);
    }

    /** Each paragraph of the body as its style and text, each table as the topics of its rows. */
    private static List<String> outline(DocxDocumentReader reader) throws IOException {
        List<String> outline = new ArrayList<>();
        try (XWPFDocument document = reader.document()) {
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph && !paragraph.getText().isEmpty()) {
                    outline.add(paragraph.getStyleID() + ": " + paragraph.getText());
                } else if (element instanceof XWPFTable table) {
                    List<String> topics = table.getRows().subList(1, table.getRows().size()).stream()
                            .map(row -> row.getCell(0).getParagraphs().get(0).getText()).toList();
                    outline.add("table: " + String.join(", ", topics));
                }
            }
        }
        return outline;
    }
}
