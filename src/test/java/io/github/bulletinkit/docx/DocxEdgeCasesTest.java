package io.github.bulletinkit.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinkit.format.RenderOptions;
import io.github.bulletinkit.testing.EdgeCases;
import io.github.bulletinkit.testing.ExternalTool;
import io.github.bulletinkit.testing.ReadingOrder;
import java.awt.geom.Rectangle2D;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bulletins at the edges of the model, some with extreme options, make DOCX files that the OOXML schemas accept,
 * that POI reads back with every word in order, and that LibreOffice lays out, every one of them, with all their
 * topics. LibreOffice missing skips that test, unless {@code BULLETINKIT_REQUIRE_TOOLS=true}.
 */
class DocxEdgeCasesTest {

    @TempDir
    Path folder;

    static List<EdgeCases.Case> cases() {
        return EdgeCases.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isValidAndShowsEveryWordInOrder(EdgeCases.Case edge) {
        byte[] docx = DocxRenderer.builder().options(edge.options()).build().render(edge.bulletin());

        assertThat(OoxmlSchemaValidator.problems(docx)).as(edge.name()).isEmpty();
        ReadingOrder.assertWordsInOrder(new DocxDocumentReader(docx).text(), ReadingOrder.words(edge.bulletin()),
                "the DOCX of " + edge);
    }

    @Test
    void libreOfficeConvertsEveryOne() throws Exception {
        ExternalTool soffice = ExternalTool.require("soffice");
        List<EdgeCases.Case> cases = cases();
        // One LibreOffice for all the files: starting it costs seconds. A fresh profile, so that no setting of
        // this machine's user counts.
        List<String> arguments = new ArrayList<>(List.of("-env:UserInstallation=" + folder.resolve("profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", folder.resolve("out").toString()));
        for (int i = 0; i < cases.size(); i++) {
            EdgeCases.Case edge = cases.get(i);
            Path docx = folder.resolve("case" + i + ".docx");
            Files.write(docx, DocxRenderer.builder().options(edge.options()).build().render(edge.bulletin()));
            arguments.add(docx.toString());
        }

        soffice.run(folder, Duration.ofMinutes(5), arguments.toArray(String[]::new));

        SoftAssertions softly = new SoftAssertions();
        for (int i = 0; i < cases.size(); i++) {
            EdgeCases.Case edge = cases.get(i);
            Path pdf = folder.resolve("out").resolve("case" + i + ".pdf");
            softly.assertThat(pdf).as("LibreOffice's PDF of %s", edge).isNotEmptyFile();
            if (Files.isRegularFile(pdf)) {
                // The left column alone, without its heading on each page: a topic taller than a page
                // continues on the next, and read with the other column it would interleave with the links.
                // The heading is taken out of the topics too, for a heading that is one letter.
                String heading = squeezed(edge.bulletin().informationHeading());
                String column = squeezed(leftColumn(pdf, edge.options())).replace(heading, "");
                softly.assertThat(column).as("LibreOffice's PDF of %s", edge).contains(edge.bulletin().entries()
                        .stream().map(entry -> squeezed(entry.topic()).replace(heading, "")).toList());
            }
        }
        softly.assertAll();
    }

    private static String leftColumn(Path pdf, RenderOptions options) throws Exception {
        float left = options.margins().left();
        float width = options.contentWidth() * options.informationShare();
        StringBuilder text = new StringBuilder();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : document.getPages()) {
                PDFTextStripperByArea stripper = new PDFTextStripperByArea();
                float height = page.getMediaBox().getHeight() - options.margins().bottom();
                stripper.addRegion("left", new Rectangle2D.Float(left, 0, width, height));
                stripper.extractRegions(page);
                text.append(stripper.getTextForRegion("left"));
            }
        }
        return text.toString();
    }

    private static String squeezed(String text) {
        return text.replaceAll("[\\s\\p{Z}\\p{Cf}]+", "");
    }
}
