package io.github.bulletinkit.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinkit.format.Margins;
import io.github.bulletinkit.format.Orientation;
import io.github.bulletinkit.format.PageSize;
import io.github.bulletinkit.format.RenderOptions;
import io.github.bulletinkit.theme.Rgb;
import io.github.bulletinkit.theme.Theme;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The table: its rows and cells in order, its grid and widths, its header row. */
class DocxTableTest {

    private static final String DOCUMENT = "word/document.xml";

    private final DocxDocumentReader rich = new DocxDocumentReader(DocxRenderer.create().render(TestBulletins.rich()));

    @Test
    void rowsAndCellsHoldTheTextInOrder() {
        assertThat(rich.table()).containsExactly(
                List.of(List.of("Information"), List.of("Link")),
                List.of(List.of("Emphasis and links",
                                "Source: Example Source",
                                "Date published: 06 January 2025",
                                "Plain, bold, italic, underlined and all three. See the guidance now.",
                                "First line\nsecond line\tafter a tab.",
                                "Split link ends here."),
                        List.of("Read the report: Report with a section",
                                "Search: Query with two parameters",
                                "Write to the team",
                                "Ask at the front desk")),
                List.of(List.of("No links",
                                "Source: Second Source",
                                "Date published: 31 December 2024",
                                "A row whose link cell is empty.",
                                "It has a second paragraph."),
                        List.of("")));
    }

    @Test
    void onlyAnEmptyLinkCellHasAnEmptyParagraph() {
        assertThat(rich.count(DOCUMENT, "//w:tc/w:p[not(.//w:t)]")).isEqualTo(1);
        assertThat(rich.count(DOCUMENT, "//w:tr[3]/w:tc[2]/w:p[not(.//w:t)]")).isEqualTo(1);
    }

    @Test
    void theHeaderRowRepeatsOnEveryPageAndIsColoured() {
        assertThat(rich.count(DOCUMENT, "//w:tr[w:trPr/w:tblHeader]")).isEqualTo(1);
        assertThat(rich.count(DOCUMENT, "//w:tbl/w:tr[1]/w:trPr/w:tblHeader")).isEqualTo(1);
        assertThat(rich.strings(DOCUMENT, "//w:tr[1]/w:tc/w:tcPr/w:shd/@w:fill")).containsExactly("1F3864", "1F3864");
        assertThat(rich.strings(DOCUMENT, "//w:tr[1]/w:tc/w:p/w:pPr/w:pStyle/@w:val"))
                .containsExactly("TableHeading", "TableHeading");
        assertThat(rich.string("word/styles.xml", "//w:style[@w:styleId='TableHeading']/w:rPr/w:color/@w:val"))
                .isEqualTo("FFFFFF");
    }

    @Test
    void headerColoursComeFromTheThemeWithTextThatReadsOnTheAccent() {
        RenderOptions options = RenderOptions.builder().theme(Theme.builder().accent(Rgb.parse("#FFE599")).build())
                .build();
        DocxDocumentReader reader = new DocxDocumentReader(
                DocxRenderer.builder().options(options).build().render(TestBulletins.minimal()));

        assertThat(reader.strings(DOCUMENT, "//w:tr[1]/w:tc/w:tcPr/w:shd/@w:fill")).containsExactly("FFE599", "FFE599");
        assertThat(reader.string("word/styles.xml", "//w:style[@w:styleId='TableHeading']/w:rPr/w:color/@w:val"))
                .as("near-black on a pale accent").isEqualTo("1A1A1A");
    }

    @Test
    void bodyRowsGrowWithTheirTextAndMayBreakAcrossPages() {
        assertThat(rich.count(DOCUMENT, "//w:trHeight")).isZero();
        assertThat(rich.count(DOCUMENT, "//w:tr[position() > 1]/w:trPr")).isZero();
    }

    @Test
    void theGridAndEveryCellHaveTheWidthsOfTheOptions() {
        // A4 is 595.276 pt wide; 18 mm margins leave 493.229 pt, 9865 twips; 70% of that is 6905.
        assertThat(rich.string(DOCUMENT, "//w:tblPr/w:tblW/@w:w")).isEqualTo("9865");
        assertThat(rich.string(DOCUMENT, "//w:tblPr/w:tblW/@w:type")).isEqualTo("dxa");
        assertThat(rich.string(DOCUMENT, "//w:tblPr/w:tblLayout/@w:type")).isEqualTo("fixed");
        assertThat(rich.strings(DOCUMENT, "//w:tblGrid/w:gridCol/@w:w")).containsExactly("6905", "2960");
        assertThat(rich.strings(DOCUMENT, "//w:tr/w:tc[1]/w:tcPr/w:tcW/@w:w")).containsOnly("6905").hasSize(3);
        assertThat(rich.strings(DOCUMENT, "//w:tr/w:tc[2]/w:tcPr/w:tcW/@w:w")).containsOnly("2960").hasSize(3);
        assertThat(rich.strings(DOCUMENT, "//w:tcW/@w:type")).containsOnly("dxa");
    }

    @Test
    void theGridFollowsTheShareAndThePage() {
        RenderOptions options = RenderOptions.builder().pageSize(PageSize.LETTER).orientation(Orientation.LANDSCAPE)
                .margins(new Margins(36, 36, 36, 36)).informationShare(0.5f).build();
        DocxDocumentReader reader = new DocxDocumentReader(
                DocxRenderer.builder().options(options).build().render(TestBulletins.minimal()));

        // Letter landscape is 792 pt wide; half an inch each side leaves 720 pt, 14400 twips.
        assertThat(reader.string(DOCUMENT, "//w:tblPr/w:tblW/@w:w")).isEqualTo("14400");
        assertThat(reader.strings(DOCUMENT, "//w:tblGrid/w:gridCol/@w:w")).containsExactly("7200", "7200");
    }

    @Test
    void theTableHasACaptionAndADescription() {
        assertThat(rich.string(DOCUMENT, "//w:tblPr/w:tblCaption/@w:val")).isEqualTo("Rich Bulletin");
        assertThat(rich.string(DOCUMENT, "//w:tblPr/w:tblDescription/@w:val")).isEqualTo(
                "2 entries, one a row. The Information column gives each entry's topic, source, date published and "
                        + "summary; the Link column gives links to read more.");
    }
}
