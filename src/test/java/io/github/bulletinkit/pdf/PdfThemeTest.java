package io.github.bulletinkit.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.Entry;
import io.github.bulletinkit.model.InvalidBulletinException;
import io.github.bulletinkit.model.Problem;
import io.github.bulletinkit.testing.Samples;
import io.github.bulletinkit.testing.TestThemes;
import io.github.bulletinkit.theme.Logo;
import io.github.bulletinkit.theme.Theme;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

/** An organisation's theme in the PDF: its logo, its accent and its typeface, embedded in place of ours. */
class PdfThemeTest {

    private static final Theme THEME = TestThemes.organisation();
    private static final byte[] PDF = PdfRenderer.builder().theme(THEME).build().render(Samples.sample());

    @Test
    void embedsTheThemesTypefaceAndNoLiberationSans() {
        PdfDocumentReader pdf = PdfDocumentReader.read(PDF);
        assertThat(pdf.fonts()).isNotEmpty().allSatisfy(font -> {
            assertThat(font.embedded()).as("%s is embedded", font.name()).isTrue();
            assertThat(font.name()).matches("[A-Z]{6}\\+LiberationSerif(-Bold|-Italic|-BoldItalic)?");
        });
        assertThat(PdfDocumentReader.normalized(pdf.text())).startsWith("Safeguarding Updates December 2024");
    }

    @Test
    void showsTheLogoOnceAboveTheTitleAtItsProportions() throws IOException {
        try (PDDocument document = Loader.loadPDF(PDF)) {
            List<PDImageXObject> images = images(document.getPage(0).getResources());
            assertThat(images).hasSize(1);
            assertThat(images.get(0).getWidth()).isEqualTo(300);
            assertThat(images.get(0).getHeight()).isEqualTo(100);
            for (int page = 1; page < document.getNumberOfPages(); page++) {
                assertThat(images(document.getPage(page).getResources())).isEmpty();
            }
            // The logo is 40 points high and 120 wide at the top left of the content.
            BufferedImage picture = new PDFRenderer(document).renderImage(0, 1);
            int top = Math.round(Margins18mm.TOP);
            assertThat(picture.getRGB(Math.round(Margins18mm.LEFT) + 5, top + 5) & 0xFFFFFF).isEqualTo(0x005EA5);
            assertThat(picture.getRGB(Math.round(Margins18mm.LEFT) + 115, top + 35) & 0xFFFFFF)
                    .isEqualTo(0x005EA5);
        }
    }

    @Test
    void fillsTheHeaderRowWithTheAccent() throws IOException {
        try (PDDocument document = Loader.loadPDF(PDF)) {
            BufferedImage page = new PDFRenderer(document).renderImage(1, 1);
            // Just below the top margin of a later page, the header row.
            assertThat(page.getRGB(Math.round(Margins18mm.LEFT) + 2, Math.round(Margins18mm.TOP) + 3) & 0xFFFFFF)
                    .isEqualTo(0x005EA5);
        }
    }

    @Test
    void theSameThemeGivesTheSameBytesAndAnotherLogoOthers() {
        assertThat(PdfRenderer.builder().theme(TestThemes.organisation()).build().render(Samples.sample()))
                .isEqualTo(PDF);
        Theme otherDescription = Theme.builder().accent(TestThemes.ACCENT).typeface(TestThemes.serif())
                .logo(Logo.of(TestThemes.logoPng(), "Another description")).build();
        assertThat(PdfRenderer.builder().theme(otherDescription).build().render(Samples.sample())).isNotEqualTo(PDF);
    }

    @Test
    void checksEveryCharacterAgainstTheThemesTypeface() {
        Bulletin bulletin = Bulletin.builder("Title").entry(Entry.builder().topic("Fine").source("Tests")
                .published(LocalDate.of(2025, 1, 1)).paragraph("A Chinese word: 中文.").build()).build();
        assertThatThrownBy(() -> PdfRenderer.builder().theme(THEME).build().render(bulletin))
                .isInstanceOfSatisfying(InvalidBulletinException.class, e -> assertThat(e.problems()).containsExactly(
                        Problem.at("entries[0].summary[0]",
                                "contains U+4E2D and U+6587, which the theme's font Liberation Serif cannot show"
                                        + ": name a font that has them in the theme's fallbackFonts")));
    }

    private static List<PDImageXObject> images(PDResources resources) throws IOException {
        List<PDImageXObject> images = new ArrayList<>();
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDImageXObject image) {
                images.add(image);
            }
        }
        return images;
    }

    /** The default margins, 18 mm, in points. */
    private static final class Margins18mm {
        static final float TOP = 18 * 72 / 25.4f;
        static final float LEFT = TOP;
    }
}
