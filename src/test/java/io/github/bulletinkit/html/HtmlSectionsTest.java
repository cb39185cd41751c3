package io.github.bulletinkit.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.Entry;
import io.github.bulletinkit.model.Section;
import io.github.bulletinkit.testing.Samples;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/** A bulletin of sections as a web page: its headings, contents list, tables and closing, read back by jsoup. */
class HtmlSectionsTest {

    private static Document page(HtmlRenderer renderer, Bulletin bulletin) {
        return Jsoup.parse(new String(renderer.render(bulletin), StandardCharsets.UTF_8));
    }

    @Test
    void eachSectionIsAnH2AndItsOwnTableOfTopicsAtH3() {
        Bulletin bulletin = Samples.sectioned();
        Document page = page(HtmlRenderer.create(), bulletin);

        Elements sections = page.select("article > section");
        assertThat(sections).hasSize(bulletin.sections().size());
        for (int i = 0; i < sections.size(); i++) {
            Section section = bulletin.sections().get(i);
            Element element = sections.get(i);
            assertThat(element.child(0).tagName()).isEqualTo("h2");
            assertThat(element.child(0).text()).isEqualTo(section.heading());
            assertThat(element.attr("aria-labelledby")).isEqualTo(element.child(0).id());
            assertThat(element.select("> table")).hasSize(1);
            assertThat(element.select("table thead th")).extracting(Element::text).containsExactly("Information",
                    "Link");
            assertThat(element.select("table tbody td.bk-information > h3")).extracting(Element::text)
                    .containsExactlyElementsOf(section.entries().stream().map(Entry::topic).toList());
        }
        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.select("td h2")).as("topics under a section are not h2").isEmpty();
    }

    @Test
    void theContentsListLinksToEverySectionsHeadingAfterTheIntroduction() {
        Document page = page(HtmlRenderer.create(), Samples.sectioned());

        Element nav = page.selectFirst("article > nav.bk-contents");
        assertThat(nav).isNotNull();
        assertThat(nav.previousElementSibling().hasClass("bk-introduction")).isTrue();
        assertThat(nav.selectFirst("h2").text()).isEqualTo("Contents");
        Elements links = nav.select("ol > li > a");
        assertThat(links).extracting(Element::text).containsExactly("Research and reports", "Policy and guidance",
                "Children in care", "Online harm");
        for (Element link : links) {
            Element target = page.getElementById(link.attr("href").substring(1));
            assertThat(target).as("the target of %s", link.attr("href")).isNotNull();
            assertThat(target.tagName()).isEqualTo("h2");
            assertThat(target.text()).isEqualTo(link.text());
        }
    }

    @Test
    void theIntroductionComesBeforeTheTablesAndTheClosingAfterWithLiveTelephoneLinks() {
        Document page = page(HtmlRenderer.create(), Samples.sectioned());

        Elements introduction = page.select("article > p.bk-introduction");
        assertThat(introduction).hasSize(2);
        assertThat(introduction.first().select("strong").text()).isEqualTo("new national guidance");
        Elements closing = page.select("article > p.bk-closing");
        assertThat(closing).hasSize(2);
        assertThat(closing.first().previousElementSibling().tagName()).isEqualTo("section");
        assertThat(closing.select("a")).extracting(a -> a.attr("href"))
                .containsExactly("mailto:team@example.org", "tel:+441234567890", "tel:+441234567000");
    }

    @Test
    void aFragmentUnderAPagesH2KeepsEveryHeadingWithinSixLevels() {
        Document page = page(HtmlRenderer.builder().fragment(true).headingLevel(5).build(), Samples.sectioned());

        assertThat(page.select("h5")).extracting(Element::text).containsExactly("Safeguarding Partnership Bulletin");
        assertThat(page.select("section > h6")).hasSize(4);
        assertThat(page.select("td > h6")).hasSize(Samples.sectioned().entries().size());
        assertThat(page.select("h7")).isEmpty();
    }

    @Test
    void aBulletinWithoutSectionsHasNoSectionNavOrTheirRules() {
        Document page = page(HtmlRenderer.create(), Samples.sample());

        assertThat(page.select("section, nav")).isEmpty();
        assertThat(page.select("style").html()).doesNotContain("bk-section-heading", "bk-contents", "bk-closing",
                "bk-introduction");
        assertThat(page.select("td.bk-information > h2")).hasSize(Samples.sample().entries().size());
    }
}
