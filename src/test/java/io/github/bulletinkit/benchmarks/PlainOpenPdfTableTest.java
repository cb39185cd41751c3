package io.github.bulletinkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinkit.json.BulletinJsonReader;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.testing.Samples;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The PDF baselines the benchmarks hold the renderer to lay out the same text, embedded or not. */
class PlainOpenPdfTableTest {

    @Test
    void theEmbeddedBaselineIsThePlainOneWithBothFacesEmbeddedAsSubsets() throws IOException {
        Bulletin sample = BulletinJsonReader.create()
                .read(new ByteArrayInputStream(Files.readAllBytes(Samples.SAMPLE_JSON)), "sample");

        try (PDDocument plain = Loader.loadPDF(PlainOpenPdfTable.render(sample));
                PDDocument embedded = Loader.loadPDF(PlainOpenPdfTable.renderEmbedded(sample))) {
            assertThat(fonts(plain)).contains("Helvetica not embedded", "Helvetica-Bold not embedded");
            assertThat(fonts(embedded)).isNotEmpty().allMatch(font -> font.matches("[A-Z]{6}\\+LiberationSans"
                    + "(-Bold)? embedded"), "a subset of Liberation Sans, embedded")
                    .anyMatch(font -> font.endsWith("-Bold embedded"));
            assertThat(new PDFTextStripper().getText(embedded).replaceAll("\\s+", " "))
                    .isEqualTo(new PDFTextStripper().getText(plain).replaceAll("\\s+", " "))
                    .contains(sample.title(), sample.entries().get(0).topic());
        }
    }

    private static List<String> fonts(PDDocument document) throws IOException {
        List<String> fonts = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                String described = font.getName() + (font.isEmbedded() ? " embedded" : " not embedded");
                if (!fonts.contains(described)) {
                    fonts.add(described);
                }
            }
        }
        return fonts;
    }
}
