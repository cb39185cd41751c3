package io.github.bulletinkit.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinkit.json.BulletinJsonWriter;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.testing.RandomBulletins;
import io.github.bulletinkit.testing.Samples;
import io.github.bulletinkit.testing.ScriptFonts;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * An Arabic bulletin runs right to left in Word (its paragraphs, its table's columns, its Arabic runs), an
 * Urdu or Hebrew entry in an English bulletin runs right to left in its own cells, and a theme's fallback fonts
 * are named for the scripts the typeface lacks.
 */
class DocxRightToLeftTest {

    private static final String DOCUMENT = "word/document.xml";
    private static final Bulletin ARABIC = Samples.read(Path.of("samples", "tahdithat-alhimaya.json"));
    private static final Bulletin COMMUNITY = Samples.read(Path.of("samples", "community-languages.json"));

    @Test
    void anArabicBulletinsParagraphsAndTableRunRightToLeft() {
        DocxDocumentReader docx = new DocxDocumentReader(DocxRenderer.create().render(ARABIC));

        assertThat(docx.count("word/styles.xml", "/w:styles/w:docDefaults/w:pPrDefault/w:pPr/w:bidi")).isEqualTo(1);
        assertThat(docx.count(DOCUMENT, "//w:tbl/w:tblPr/w:bidiVisual")).isEqualTo(1);
        // The Information column is still the table's first, which Word shows on the right.
        assertThat(docx.strings(DOCUMENT, "//w:tbl/w:tr[1]/w:tc[1]//w:t")).containsExactly("المعلومات");
        assertThat(docx.count(DOCUMENT, "//w:pPr/w:bidi")).isZero();
    }

    @Test
    void arabicRunsAreMarkedRightToLeftAndAnEnglishNameInsideThemIsNot() {
        DocxDocumentReader docx = new DocxDocumentReader(DocxRenderer.create().render(ARABIC));

        assertThat(docx.strings(DOCUMENT, "//w:p[.//w:t[contains(., 'Ofcom أول')] or .//w:t[. = 'Ofcom ']]//w:r"
                + "[w:rPr/w:rtl]/w:t")).containsExactly("نشرت هيئة ",
                "أول مدونات للممارسة وإرشادات لمكافحة الأضرار غير القانونية على الإنترنت.");
        assertThat(docx.strings(DOCUMENT, "//w:r[not(w:rPr/w:rtl)]/w:t")).contains("Ofcom ", "NSPCC Learning",
                "Deaths of children in need");
    }

    @Test
    void anUrduOrHebrewEntryRunsRightToLeftInItsCellsAndTheTableKeepsItsColumns() {
        DocxDocumentReader docx = new DocxDocumentReader(DocxRenderer.create().render(COMMUNITY));

        assertThat(docx.count("word/styles.xml", "//w:pPrDefault//w:bidi")).isZero();
        assertThat(docx.count(DOCUMENT, "//w:bidiVisual")).isZero();
        // Rows 5 and 6 of the table, after the header row, hold the Urdu and Hebrew entries.
        for (int row = 2; row <= 7; row++) {
            boolean rightToLeft = row == 5 || row == 6;
            String cells = "//w:tbl/w:tr[" + row + "]/w:tc";
            assertThat(docx.count(DOCUMENT, cells + "/w:p[w:pPr/w:bidi]")).as("row %d", row)
                    .isEqualTo(rightToLeft ? docx.count(DOCUMENT, cells + "/w:p") : 0);
        }
        assertThat(docx.strings(DOCUMENT, "//w:tbl/w:tr[6]/w:tc[1]/w:p[1]//w:t")).containsExactly("בטיחות ברשת");
    }

    @Test
    void theFallbackFontsAreNamedForTheScriptsTheTypefaceLacks() {
        DocxDocumentReader docx = new DocxDocumentReader(DocxRenderer.builder().theme(ScriptFonts.theme()).build()
                .render(COMMUNITY));

        assertThat(docx.strings(DOCUMENT, "//w:r[w:t = 'बच्चों की ऑनलाइन सुरक्षा']/w:rPr/w:rFonts/@w:cs"))
                .containsExactly("Noto Sans Devanagari");
        assertThat(docx.strings(DOCUMENT, "//w:r[w:t = 'শিশুদের নিরাপত্তা']/w:rPr/w:rFonts/@w:cs"))
                .containsExactly("Noto Sans Bengali");
        assertThat(docx.strings(DOCUMENT, "//w:r[w:t = 'בטיחות ברשת']/w:rPr/w:rFonts/@w:cs"))
                .containsExactly("Noto Sans Hebrew");
        assertThat(docx.strings(DOCUMENT, "//w:r[w:t = 'بچوں کی حفاظت']/w:rPr/w:rFonts/@w:cs"))
                .containsExactly("Noto Sans Arabic");
        assertThat(docx.strings(DOCUMENT, "//w:r[w:t = '儿童网络安全']/w:rPr/w:rFonts/@w:eastAsia"))
                .containsExactly("Droid Sans Fallback");
        assertThat(docx.count(DOCUMENT, "//w:r[w:t = 'NSPCC Learning']/w:rPr/w:rFonts")).isZero();
    }

    @Test
    void bulletinsRightToLeftAndInOtherScriptsReadBackExactly() throws IOException {
        assertThat(read(DocxRenderer.create().render(ARABIC))).isEqualTo(ARABIC);
        assertThat(read(DocxRenderer.create().render(COMMUNITY))).isEqualTo(COMMUNITY);
        assertThat(read(DocxRenderer.builder().theme(ScriptFonts.theme()).build().render(COMMUNITY)))
                .isEqualTo(COMMUNITY);
    }

    @Test
    void bulletinsOfMixedScriptsAndDirectionsReadBackExactly() throws IOException {
        List<Bulletin> bulletins = RandomBulletins.seeds(40).mapToObj(RandomBulletins::scripts).toList();
        DocxRenderer themed = DocxRenderer.builder().theme(ScriptFonts.theme()).build();

        SoftAssertions softly = new SoftAssertions();
        for (Bulletin bulletin : bulletins) {
            softly.assertThat(read(themed.render(bulletin))).as(BulletinJsonWriter.create().write(bulletin))
                    .isEqualTo(bulletin);
        }
        softly.assertAll();
    }

    private static Bulletin read(byte[] docx) throws IOException {
        return new DocxBulletinReader().read(new ByteArrayInputStream(docx), "bulletin.docx");
    }
}
