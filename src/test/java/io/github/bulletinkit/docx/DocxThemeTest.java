package io.github.bulletinkit.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinkit.testing.ExternalTool;
import io.github.bulletinkit.testing.Samples;
import io.github.bulletinkit.testing.TestThemes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An organisation's theme in the DOCX: its logo with its alternative text, its accent and its typeface. */
class DocxThemeTest {

    private static final String DOCUMENT = "word/document.xml";
    private static final String STYLES = "word/styles.xml";
    private static final byte[] DOCX = DocxRenderer.builder().theme(TestThemes.organisation()).build()
            .render(Samples.sample());
    private final DocxDocumentReader themed = new DocxDocumentReader(DOCX);

    @TempDir
    Path dir;

    @Test
    void theLogoIsAnInlinePictureBeforeTheTitleWithItsDescription() {
        assertThat(DocxDocumentReader.entries(DOCX).get("word/media/image1.png")).isEqualTo(TestThemes.logoPng());
        assertThat(themed.string(DOCUMENT, "/w:document/w:body/w:p[1]//wp:inline/wp:docPr/@descr"))
                .isEqualTo(TestThemes.DESCRIPTION);
        // 40 points high, three times as wide, in English Metric Units.
        assertThat(themed.string(DOCUMENT, "//wp:inline/wp:extent/@cy")).isEqualTo("508000");
        assertThat(themed.string(DOCUMENT, "//wp:inline/wp:extent/@cx")).isEqualTo("1524000");
        assertThat(themed.string(DOCUMENT, "/w:document/w:body/w:p[2]/w:pPr/w:pStyle/@w:val")).isEqualTo("Title");
    }

    @Test
    void theStylesCarryTheAccentAndTheFamily() {
        assertThat(themed.strings(DOCUMENT, "//w:tr[1]/w:tc/w:tcPr/w:shd/@w:fill")).containsExactly("005EA5", "005EA5");
        assertThat(themed.string(STYLES, "//w:style[@w:styleId='Title']//w:color/@w:val")).isEqualTo("005EA5");
        assertThat(themed.string(STYLES, "//w:docDefaults//w:rFonts/@w:ascii")).isEqualTo("Liberation Serif");
        assertThat(themed.string(STYLES, "//w:style[@w:styleId='TableHeading']//w:color/@w:val")).isEqualTo("FFFFFF");
    }

    @Test
    void withoutATypefaceTheDocumentAsksForArial() {
        DocxDocumentReader plain = new DocxDocumentReader(DocxRenderer.create().render(Samples.sample()));
        assertThat(plain.string(STYLES, "//w:docDefaults//w:rFonts/@w:ascii")).isEqualTo("Arial");
        assertThat(plain.count(DOCUMENT, "//wp:inline")).isZero();
    }

    @Test
    void libreOfficeShowsTheLogo() throws Exception {
        ExternalTool soffice = ExternalTool.require("soffice");
        Path docx = dir.resolve("themed.docx");
        Files.write(docx, DOCX);
        soffice.run(dir, Duration.ofMinutes(3), "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", dir.toString(), docx.toString());
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("themed.pdf").toFile())) {
            PDResources resources = pdf.getPage(0).getResources();
            int images = 0;
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject image) {
                    assertThat(image.getWidth()).isEqualTo(300);
                    images++;
                }
            }
            assertThat(images).as("images on LibreOffice's first page").isEqualTo(1);
        }
    }
}
