package io.github.bulletinkit.email;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.Entry;
import io.github.bulletinkit.testing.Samples;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** A bulletin of sections as an email, read with Jakarta Mail: both parts carry its headings, introduction and closing. */
class EmailSectionsTest {

    private static final Bulletin SECTIONED = Samples.sectioned();

    @Test
    void theHtmlPartHasAnH2ForEachSectionTopicsAtH3AndAContentsListOfInPageLinks() throws Exception {
        Document html = Jsoup.parse(EmailMessage.read(EmailRenderer.create().render(SECTIONED)).html());

        assertThat(html.select("h2[id]")).extracting(Element::text).containsExactly("Research and reports",
                "Policy and guidance", "Children in care", "Online harm");
        assertThat(html.select("h3")).extracting(Element::text)
                .containsExactlyElementsOf(SECTIONED.entries().stream().map(Entry::topic).toList());
        assertThat(html.select("a[href^=#]")).hasSize(4).allSatisfy(link ->
                assertThat(html.getElementById(link.attr("href").substring(1))).isNotNull());
        assertThat(html.select("a[href^=tel:]")).extracting(a -> a.attr("href"))
                .containsExactly("tel:+441234567890", "tel:+441234567000");
        assertThat(html.select("table[role=presentation] table")).as("a table for each section").hasSize(4);
    }

    @Test
    void thePlainTextPartCarriesTheHeadingsIntroductionContentsAndClosingInOrder() throws Exception {
        String text = EmailMessage.read(EmailRenderer.create().render(SECTIONED)).plainText().replace("\r\n", "\n");

        assertThat(text).containsSubsequence(
                "Safeguarding Partnership Bulletin\n=================================\n",
                "Welcome to the spring bulletin.",
                "Contents\n--------\n- Research and reports\n- Policy and guidance\n- Children in care\n- Online harm\n",
                "Research and reports\n====================\n",
                "Child safeguarding incidents\n----------------------------\n",
                "Policy and guidance\n===================\n",
                "Online harm\n===========\n",
                "Contact the partnership team: team@example.org <mailto:team@example.org> or 01234 567890"
                        + " <tel:+441234567890>.",
                "If a child is in immediate danger, call 999.");
        assertThat(text.strip()).endsWith("01234 567000 <tel:+441234567000>.");
    }
}
