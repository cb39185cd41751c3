package io.github.bulletinkit.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinkit.format.RenderOptions;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.testing.EdgeCases;
import io.github.bulletinkit.testing.ExternalTool;
import io.github.bulletinkit.testing.ReadingOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Bulletins at the edges of the model, some with extreme options, make PDFs and PDF/As that {@code qpdf --check}
 * finds no fault in, and that show every word, in order, in its place: the title above the table, the rest in
 * its column, however long words break and rows run across pages. qpdf missing skips the test, unless
 * {@code BULLETINKIT_REQUIRE_TOOLS=true}. veraPDF, a test dependency, finds every one valid PDF/UA-1, and the
 * archival ones PDF/A-2b too.
 */
class PdfEdgeCasesTest {

    @TempDir
    Path folder;

    static List<EdgeCases.Case> cases() {
        return EdgeCases.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void qpdfFindsNoFaultAndEveryWordIsShown(EdgeCases.Case edge) throws Exception {
        ExternalTool qpdf = ExternalTool.require("qpdf");
        for (boolean archival : new boolean[] {false, true}) {
            byte[] pdf = PdfRenderer.builder().options(edge.options()).archival(archival).build()
                    .render(edge.bulletin());
            Path file = Files.write(folder.resolve(archival ? "archival.pdf" : "plain.pdf"), pdf);

            assertThat(qpdf.run(folder, Duration.ofMinutes(1), "--check", file.toString()))
                    .as("qpdf on %s, archival %s", edge, archival).contains("No syntax or stream encoding errors found");
            assertEveryWordInItsPlace(pdf, edge.bulletin(), edge.options(), edge + (archival ? ", PDF/A" : ""));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void veraPdfFindsEveryOneAccessibleAndTheArchivalOnesPdfA(EdgeCases.Case edge) throws Exception {
        byte[] plain = PdfRenderer.builder().options(edge.options()).build().render(edge.bulletin());
        assertThat(VeraPdf.failures(plain, PDFAFlavour.PDFUA_1)).as("PDF/UA-1, %s", edge).isEmpty();
        byte[] archival = PdfRenderer.builder().options(edge.options()).archival(true).build().render(edge.bulletin());
        assertThat(VeraPdf.failures(archival, PDFAFlavour.PDFA_2_B)).as("PDF/A-2b, %s", edge).isEmpty();
        assertThat(VeraPdf.failures(archival, PDFAFlavour.PDFUA_1)).as("PDF/UA-1 archival, %s", edge).isEmpty();
    }

    private static void assertEveryWordInItsPlace(byte[] pdf, Bulletin bulletin, RenderOptions options, String what) {
        String withoutFooters = PdfDocumentReader.read(pdf).pages().stream()
                .map(page -> page.replaceAll("(?m)^Page \\d+ of \\d+$", ""))
                .collect(Collectors.joining());
        ReadingOrder.assertLettersInOrder(withoutFooters, ReadingOrder.titleWords(bulletin), "the title of " + what);

        float split = options.margins().left() + options.contentWidth() * options.informationShare();
        float width = options.pageSize().width(options.orientation());
        float bottom = options.margins().bottom();
        ReadingOrder.assertLettersInOrder(
                column(PdfDocumentReader.column(pdf, 0, split, bottom), bulletin.informationHeading()),
                ReadingOrder.informationWords(bulletin), "the Information column of " + what);
        ReadingOrder.assertLettersInOrder(
                column(PdfDocumentReader.column(pdf, split, width, bottom), bulletin.linkHeading()),
                ReadingOrder.linkWords(bulletin), "the Link column of " + what);
    }

    /** A column's pages as one text, without its heading where it repeats at the top of a page. */
    private static String column(List<String> pages, String heading) {
        return IntStream.range(0, pages.size())
                .mapToObj(i -> i == 0 ? pages.get(i) : ReadingOrder.withoutLeading(pages.get(i), heading))
                .collect(Collectors.joining());
    }
}
