package io.github.bulletinkit.print;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinkit.format.RenderOptions;
import io.github.bulletinkit.html.HtmlRenderer;
import io.github.bulletinkit.layout.PrintedAddress;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.Entry;
import io.github.bulletinkit.model.RichText;
import io.github.bulletinkit.testing.ExternalTool;
import io.github.bulletinkit.testing.HtmlCheckers;
import io.github.bulletinkit.testing.ReadingOrder;
import io.github.bulletinkit.testing.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A web page laid out for paper: each link's address printed under it, once, as Chromium prints the page. */
class PrintHtmlTest {

    private static final HtmlRenderer FOR_PRINT = HtmlRenderer.builder()
            .options(RenderOptions.builder().forPrint(true).build()).build();

    @TempDir
    Path folder;

    private Path page(HtmlRenderer renderer) throws IOException {
        return Files.write(folder.resolve("page.html"), renderer.render(Samples.sample()));
    }

    @Test
    void eachLinkIsFollowedByItsPrintedAddressWhichLinksThereToo() throws IOException {
        Document page = Jsoup.parse(page(FOR_PRINT).toFile(), "UTF-8");
        List<String> printed = new ArrayList<>();
        List<String> linked = new ArrayList<>();
        for (Element address : page.select("td.bk-links p.bk-address")) {
            assertThat(address.previousElementSibling().hasClass("bk-link")).as("what comes before %s", address)
                    .isTrue();
            printed.add(address.text());
            linked.add(address.selectFirst("a").attr("href"));
            // A line of it breaks only where its printed form allows.
            assertThat(address.select("wbr")).hasSize(PrintedAddress.of(linked.get(linked.size() - 1)).pieces().size()
                    - 1);
        }
        assertThat(printed).containsExactlyElementsOf(PrintTestBulletins.samplePrintedAddresses());
        assertThat(linked).containsExactlyElementsOf(PrintTestBulletins.sampleAddresses());
    }

    @Test
    void onPaperEachAddressIsPrintedOnceUnderItsLinkWhereAPageForTheScreenAddsItAfterTheLink() throws Exception {
        String forPrint = printed(page(FOR_PRINT));
        ReadingOrder.assertLettersInOrder(forPrint, PrintTestBulletins.samplePrintedAddresses(), "the printed page");
        // The sample's addresses are all https: their printed form leaves that out, and a printed page's style
        // sheet would add it after each link, in brackets.
        assertThat(PrintTestBulletins.sampleAddresses()).allSatisfy(url -> assertThat(url).startsWith("https://"));
        assertThat(squeezed(forPrint)).doesNotContain("https://");

        String onScreen = printed(Files.move(page(HtmlRenderer.create()), folder.resolve("screen.html")));
        assertThat(squeezed(onScreen)).contains("(" + PrintTestBulletins.sampleAddresses().get(0) + ")");
    }

    @Test
    void onPaperALinkInASummaryHasItsAddressAfterIt() throws Exception {
        Bulletin bulletin = Bulletin.builder("Links in running text").entry(Entry.builder().topic("Reviews")
                .source("The partnership").published(LocalDate.of(2025, 1, 6))
                .paragraph(RichText.builder().text("It follows the ").link("annual review", "https://example.org/review")
                        .text(" of last year.").build())
                .link("Read:", "The report", "https://example.org/report").build()).build();
        Path page = Files.write(folder.resolve("summary.html"), FOR_PRINT.render(bulletin));

        String printed = squeezed(printed(page));

        assertThat(printed).contains("annualreview(https://example.org/review)").contains("example.org/report")
                .doesNotContain("(https://example.org/report)");
    }

    @Test
    void thePageForPaperIsValidAndAccessible() throws Exception {
        HtmlCheckers.require().assertClean(page(FOR_PRINT), null);
    }

    /** The text of the page as Chromium prints it to PDF, read back by PDFBox. */
    private String printed(Path page) throws IOException, InterruptedException {
        Path pdf = folder.resolve(page.getFileName() + ".pdf");
        ExternalTool.at(Path.of("/usr/bin/chromium")).run(folder, Duration.ofSeconds(120), "--headless",
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + folder.resolve("profile"),
                "--no-pdf-header-footer", "--print-to-pdf=" + pdf, page.toUri().toString());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }
}
