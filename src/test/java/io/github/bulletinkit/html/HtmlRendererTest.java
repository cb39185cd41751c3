package io.github.bulletinkit.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bulletinkit.format.RenderOptions;
import io.github.bulletinkit.format.RendererProvider;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.testing.ReadingOrder;
import io.github.bulletinkit.testing.Samples;
import io.github.bulletinkit.testing.TestThemes;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The web page: its head, its heading, its table, its text as text, and its style sheet for screens and paper. */
class HtmlRendererTest {

    private static String html(HtmlRenderer renderer, Bulletin bulletin) {
        return new String(renderer.render(bulletin), StandardCharsets.UTF_8);
    }

    private static Document page(Bulletin bulletin) {
        return Jsoup.parse(html(HtmlRenderer.create(), bulletin));
    }

    @Test
    void theHeadHasTheLanguageTheTitleTheCharacterSetAndTheViewport() {
        Document page = page(HtmlBulletins.rich());

        assertThat(html(HtmlRenderer.create(), HtmlBulletins.rich())).startsWith("<!doctype html>\n<html lang=\"en-GB\" dir=\"ltr\">");
        assertThat(page.title()).isEqualTo("Rich Bulletin");
        assertThat(page.select("head > meta[charset]").attr("charset")).isEqualTo("utf-8");
        assertThat(page.select("head > meta[name=viewport]").attr("content")).isEqualTo("width=device-width, initial-scale=1");
        assertThat(page.select("head > meta[name=author]").attr("content")).isEqualTo("Example Partnership");
    }

    @Test
    void theTitleIsTheOneH1AndTheOtherHeadingLinesAreParagraphs() {
        Element header = page(HtmlBulletins.rich()).selectFirst("main > article.bulletinkit > header");

        assertThat(header.html()).isEqualTo("""
                <h1 class="bk-title">Rich Bulletin</h1>
                <p class="bk-subtitle">Every kind of text</p>
                <p class="bk-publisher" style="margin-bottom: 1.2rem">Example Partnership</p>""");
    }

    @Test
    void theTableHasACaptionAHeaderRowAndARowPerEntryWithItsTopicAsAnH2() {
        Element table = page(HtmlBulletins.rich()).selectFirst("article > table");

        assertThat(table.html()).isEqualTo("""
                <caption>1 entry, one a row. The Information column gives each entry's topic, source, date published and summary; the Link column gives links to read more.</caption>
                <thead>
                 <tr>
                  <th class="bk-column-heading" scope="col">Information</th>
                  <th class="bk-column-heading" scope="col">Link</th>
                 </tr>
                </thead>
                <tbody>
                 <tr>
                  <td class="bk-information">
                   <h2 class="bk-topic">Emphasis &amp; links</h2>
                   <p class="bk-source">Source: Example Source</p>
                   <p class="bk-published">Date published: 06 January 2025</p>
                   <p class="bk-summary">Plain, <strong>bold</strong>, <em>italic</em>, <u>underlined</u> and <strong><em><u>all three</u></em></strong>. See <a href="https://example.org/inline">the guidance</a> now.</p>
                   <p class="bk-summary">First line
                    <br>
                    second line after a tab.</p>
                  </td>
                  <td class="bk-links">
                   <p class="bk-link">Search: <a href="https://example.org/search?a=1&amp;b=2">Query with two parameters</a></p>
                   <p class="bk-link">Ask at the front desk</p>
                  </td>
                 </tr>
                </tbody>""");
    }

    @Test
    void everyTextIsTextAndNothingItHoldsBecomesMarkup() {
        Bulletin bulletin = HtmlBulletins.markupLookalike();
        Document page = page(bulletin);

        assertThat(page.select("script, img, b, i, style:not(head > style)")).isEmpty();
        assertThat(page.select("a")).hasSize(1);
        assertThat(page.selectFirst("a").attr("href")).isEqualTo("https://example.org/?a=1&b='2'");
        assertThat(page.select("h2").text()).isEqualTo(HtmlBulletins.SCRIPT_TOPIC);
        assertThat(page.select("tbody td")).hasSize(2);
        assertThat(page.title()).isEqualTo("<b>Title</b> & \"quotes\"");
        assertThat(page.select("th").eachText()).containsExactly("<th>Information", "Link</th>");
        assertThat(html(HtmlRenderer.create(), bulletin))
                .contains("<h2 class=\"bk-topic\">&lt;/td&gt;&lt;script&gt;alert(1)&lt;/script&gt;</h2>")
                .doesNotContain("<script>");
        ReadingOrder.assertWordsInOrder(page.body().text(), ReadingOrder.words(bulletin), "the page's text");
    }

    @Test
    void theSampleReadsInOrderWithEveryAddressALink() {
        Bulletin sample = Samples.sample();
        Document page = page(sample);

        ReadingOrder.assertWordsInOrder(page.body().text(), ReadingOrder.words(sample), "the page's text");
        List<String> urls = sample.entries().stream().flatMap(entry -> entry.links().stream())
                .map(link -> link.url()).toList();
        assertThat(page.select("td.bk-links a").eachAttr("href")).isEqualTo(urls);
    }

    @Test
    void theLogoIsInThePageItselfWithItsDescriptionAsAlternativeText() {
        Document page = Jsoup.parse(html(HtmlRenderer.builder().theme(TestThemes.organisation()).build(),
                HtmlBulletins.rich()));

        Element logo = page.selectFirst("header > img.bk-logo");
        assertThat(logo.attr("alt")).isEqualTo(TestThemes.DESCRIPTION);
        assertThat(logo.attr("src")).isEqualTo("data:image/png;base64,"
                + Base64.getEncoder().encodeToString(TestThemes.organisation().logo().orElseThrow().image()));
        assertThat(page.select("[src], [href]").stream().map(e -> e.hasAttr("src") ? e.attr("src") : e.attr("href")))
                .allMatch(url -> url.startsWith("data:") || url.startsWith("https://example.org/"));
        assertThat(page.selectFirst("head > style").data()).contains(".bulletinkit th { font-size: 1rem; "
                + "font-weight: bold; color: #ffffff; line-height: 1.35; margin: 0 0 0; text-align: start; "
                + "vertical-align: top; padding: 0.6rem 0.8rem 0.6rem; background: #005ea5;");
    }

    @Test
    void theStyleSheetRepeatsTheHeaderRowOnPaperAndStacksTheCellsOnAPhone() {
        String sheet = page(HtmlBulletins.rich()).selectFirst("head > style").data();

        assertThat(sheet.substring(sheet.indexOf("@media print"))).isEqualTo("""
                @media print {
                html { font-size: 10pt }
                body { padding: 0 }
                @page { size: 595.276pt 841.89pt; margin: 51.024pt 51.024pt 51.024pt 51.024pt }
                .bulletinkit { max-width: none }
                .bulletinkit thead { display: table-header-group }
                .bulletinkit tr { break-inside: avoid }
                .bulletinkit :is(.bk-title, .bk-topic) { break-after: avoid }
                .bulletinkit a[href]::after { content: " (" attr(href) ")" }
                }
                """);
        assertThat(sheet).contains("@media (max-width: 40rem) {\n.bulletinkit :is(table, tbody, tr, td) { display: block; width: auto }")
                .contains("overflow-wrap: anywhere");
    }

    @Test
    void aFragmentIsTheBulletinsElementAloneWithItsStyleSheetScopedToIt() {
        String fragment = html(HtmlRenderer.builder().fragment(true).build(), HtmlBulletins.rich());
        Element article = Jsoup.parseBodyFragment(fragment).body().child(0);

        assertThat(fragment).startsWith("<article class=\"bulletinkit\" lang=\"en-GB\" dir=\"ltr\">\n <style>");
        assertThat(article.children().stream().map(Element::tagName)).containsExactly("style", "header", "table");
        String sheet = article.selectFirst("style").data();
        assertThat(sheet).startsWith(".bulletinkit { all: initial; display: block;")
                .contains(".bulletinkit :is(header, img, h1, h2, h3, h4, h5, h6, p, table, caption, colgroup, col, thead, tbody, tr, th, td, a, strong, em, u, br) { all: revert;")
                .doesNotContain("html {").doesNotContain("body {").doesNotContain("@page");
        assertThat(sheet.lines().filter(line -> !line.startsWith("@media") && !line.equals("}")))
                .allMatch(rule -> rule.startsWith(".bulletinkit"));
    }

    @Test
    void aFragmentForAPageWithItsOwnH1StartsItsHeadingsAtTheLevelAsked() {
        Bulletin bulletin = HtmlBulletins.rich();
        String fragment = html(HtmlRenderer.builder().fragment(true).headingLevel(2).build(), bulletin);
        Element article = Jsoup.parseBodyFragment(fragment).body().child(0);

        assertThat(article.select("h1")).isEmpty();
        assertThat(article.select("h2").eachText()).containsExactly(bulletin.title());
        assertThat(article.select("h3").eachText())
                .containsExactlyElementsOf(bulletin.entries().stream().map(entry -> entry.topic()).toList());
        // Only the element names change: the look is the classes'.
        String levelOne = html(HtmlRenderer.builder().fragment(true).build(), bulletin);
        assertThat(fragment.replaceAll("<(/?)h([23])", "<$1x$2"))
                .isEqualTo(levelOne.replaceAll("<(/?)h1", "<$1x2").replaceAll("<(/?)h2", "<$1x3"));
    }

    @Test
    void aHeadingLevelOutsideOneToFiveIsRefused() {
        for (int level : new int[] {0, 6, -1}) {
            assertThatThrownBy(() -> HtmlRenderer.builder().headingLevel(level))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("from 1 to 5, not " + level);
        }
        assertThat(HtmlRenderer.builder().headingLevel(5).build().headingLevel()).isEqualTo(5);
        assertThat(HtmlRenderer.create().headingLevel()).isEqualTo(1);
    }

    @Test
    void rightToLeftLanguagesAreMarkedSo() {
        Bulletin hebrew = Bulletin.builder("עדכונים").language("he").entries(HtmlBulletins.rich().entries()).build();

        assertThat(page(hebrew).selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(page(hebrew).selectFirst("article").attr("dir")).isEqualTo("rtl");
    }

    @Test
    void theSameBulletinGivesTheSameBytes() {
        HtmlRenderer renderer = HtmlRenderer.builder().theme(TestThemes.organisation()).build();

        assertThat(renderer.render(Samples.sample())).isEqualTo(renderer.render(Samples.sample()));
    }

    @Test
    void theProviderIsFoundAsHtml() {
        RendererProvider provider = RendererProvider.discover().stream()
                .filter(found -> found.format().equals("html")).findFirst().orElseThrow();

        assertThat(provider.fileExtension()).isEqualTo("html");
        assertThat(provider.create(RenderOptions.defaults())).isInstanceOf(HtmlRenderer.class);
    }
}
