package io.github.bulletinkit.email;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinkit.format.RenderOptions;
import io.github.bulletinkit.layout.PrintedAddress;
import io.github.bulletinkit.model.Link;
import io.github.bulletinkit.testing.HtmlCheckers;
import io.github.bulletinkit.testing.Samples;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An email laid out for paper: each link's printed address under it, in both parts; no pictures of codes. */
class EmailForPrintTest {

    private static final EmailRenderer FOR_PRINT = EmailRenderer.builder()
            .options(RenderOptions.builder().forPrint(true).build()).build();

    @TempDir
    Path folder;

    private static List<Link> links() {
        return Samples.sample().entries().stream().flatMap(entry -> entry.links().stream()).toList();
    }

    @Test
    void theHtmlPartPrintsEachAddressUnderItsLinkAndShowsNoCode() throws Exception {
        EmailMessage email = EmailMessage.read(FOR_PRINT.render(Samples.sample()));
        Document html = Jsoup.parse(email.html());
        List<Element> addresses = html.select("a").stream()
                .filter(a -> links().stream().anyMatch(link -> PrintedAddress.of(link.url()).text().equals(a.text())))
                .toList();
        assertThat(addresses).extracting(a -> a.attr("href"))
                .containsExactlyElementsOf(links().stream().map(Link::url).toList());
        assertThat(html.select("img")).isEmpty();
        assertThat(email.alternative().getBodyPart(1).isMimeType("text/html")).as("no related pictures").isTrue();
    }

    @Test
    void thePlainTextPartHasEveryAddressInFull() throws Exception {
        String text = EmailMessage.read(FOR_PRINT.render(Samples.sample())).plainText();
        for (Link link : links()) {
            assertThat(text).contains("<" + link.url() + ">").contains(PrintedAddress.of(link.url()).text());
        }
    }

    @Test
    void theHtmlPartForPaperIsValidAndAccessible() throws Exception {
        HtmlCheckers checkers = HtmlCheckers.require();
        String html = EmailMessage.read(FOR_PRINT.render(Samples.sample())).html();
        checkers.assertClean(Files.writeString(folder.resolve("print.html"), html, StandardCharsets.UTF_8), null);
    }
}
