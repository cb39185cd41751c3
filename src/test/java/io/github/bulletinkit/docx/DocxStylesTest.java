package io.github.bulletinkit.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinkit.format.RenderOptions;
import io.github.bulletinkit.testing.Samples;
import io.github.bulletinkit.theme.Rgb;
import io.github.bulletinkit.theme.Theme;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Named styles that staff can restyle in Word, and headings that Word's navigation pane lists. */
class DocxStylesTest {

    private static final String DOCUMENT = "word/document.xml";
    private static final String STYLES = "word/styles.xml";

    private final DocxDocumentReader sample = new DocxDocumentReader(DocxRenderer.create().render(Samples.sample()));

    @Test
    void theTitleUsesTheTitleStyleAndTopicsHeading2() {
        assertThat(sample.strings(DOCUMENT, "//w:p[w:pPr/w:pStyle/@w:val='Title']")).containsExactly("Safeguarding Updates");
        assertThat(sample.strings(DOCUMENT, "//w:p[w:pPr/w:pStyle/@w:val='Heading2']"))
                .containsExactlyElementsOf(Samples.sample().entries().stream().map(e -> e.topic()).toList());
    }

    @Test
    void headingsHaveOutlineLevelsForTheNavigationPane() {
        assertThat(sample.string(STYLES, "//w:style[@w:styleId='Title']/w:pPr/w:outlineLvl/@w:val")).isEqualTo("0");
        assertThat(sample.string(STYLES, "//w:style[@w:styleId='Heading2']/w:pPr/w:outlineLvl/@w:val")).isEqualTo("1");
        assertThat(sample.string(STYLES, "//w:style[@w:styleId='Heading2']/w:name/@w:val")).isEqualTo("heading 2");
    }

    @Test
    void everyStyleUsedIsDefinedWithItsType() {
        List<String> paragraphStyles = sample.strings(STYLES, "//w:style[@w:type='paragraph']/@w:styleId");
        List<String> characterStyles = sample.strings(STYLES, "//w:style[@w:type='character']/@w:styleId");

        assertThat(sample.strings(DOCUMENT, "//w:pStyle/@w:val")).isNotEmpty().allMatch(paragraphStyles::contains);
        assertThat(sample.strings("word/footer1.xml", "//w:pStyle/@w:val")).containsExactly("Footer")
                .allMatch(paragraphStyles::contains);
        assertThat(sample.strings(DOCUMENT, "//w:rStyle/@w:val")).isNotEmpty().containsOnly("Hyperlink", "EntryLinkPrefix")
                .allMatch(characterStyles::contains);
    }

    @Test
    void eachPartOfAnEntryHasItsStyle() {
        assertThat(sample.strings(DOCUMENT, "//w:tr[2]/w:tc[1]/w:p/w:pPr/w:pStyle/@w:val"))
                .containsExactly("Heading2", "EntryDetails", "EntryDetails", "EntrySummary");
        assertThat(sample.strings(DOCUMENT, "//w:tr[3]/w:tc[2]/w:p/w:pPr/w:pStyle/@w:val"))
                .containsExactly("EntryLink", "EntryLink", "EntryLink");
        assertThat(sample.strings(STYLES, "//w:style[@w:customStyle='1']/w:name/@w:val"))
                .containsExactly("Publisher", "Entry Details", "Entry Summary", "Entry Link", "Table Heading",
                        "Entry Link Prefix");
    }

    @Test
    void paragraphsCarryTheirStyleOnceAndNoDirectFormatting() {
        assertThat(sample.count(DOCUMENT, "//w:tbl//w:pPr[count(*) != 1 or not(w:pStyle)]")).isZero();
        assertThat(sample.count(DOCUMENT, "//w:tbl//w:rPr[w:sz or w:rFonts or w:color]")).isZero();
    }

    @Test
    void theTitleHasTheColourOfThePdfsTitle() {
        DocxDocumentReader pale = new DocxDocumentReader(DocxRenderer.builder()
                .options(RenderOptions.builder().theme(Theme.builder().accent(Rgb.parse("#E7E6E6")).build()).build())
                        .build()
                .render(Samples.sample()));

        assertThat(sample.string(STYLES, "//w:style[@w:styleId='Title']//w:color/@w:val"))
                .isEqualTo(RenderOptions.defaults().theme().accent().hex());
        assertThat(pale.string(STYLES, "//w:style[@w:styleId='Title']//w:color/@w:val")).isEqualTo("1A1A1A");
    }

    @Test
    void fontSizesScaleFromTheBaseSize() {
        DocxDocumentReader larger = new DocxDocumentReader(DocxRenderer.builder()
                .options(RenderOptions.builder().baseFontSize(12).build()).build().render(Samples.sample()));

        assertThat(sample.string(STYLES, "//w:docDefaults//w:sz/@w:val")).isEqualTo("20");
        assertThat(larger.string(STYLES, "//w:docDefaults//w:sz/@w:val")).isEqualTo("24");
        assertThat(sample.string(STYLES, "//w:style[@w:styleId='Heading2']//w:sz/@w:val")).as("11.5 pt").isEqualTo("23");
        assertThat(larger.string(STYLES, "//w:style[@w:styleId='Heading2']//w:sz/@w:val")).as("13.8 pt").isEqualTo("28");
    }
}
