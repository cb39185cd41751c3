package io.github.bulletinkit.email;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinkit.format.RenderOptions;
import io.github.bulletinkit.format.RendererProvider;
import io.github.bulletinkit.html.HtmlBulletins;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.Link;
import io.github.bulletinkit.testing.ReadingOrder;
import io.github.bulletinkit.testing.Samples;
import io.github.bulletinkit.testing.TestThemes;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeBodyPart;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The email draft, read back with Jakarta Mail: its headers, its parts, its plain text and its HTML. */
class EmailRendererTest {

    private static final EmailRenderer THEMED = EmailRenderer.builder().theme(TestThemes.organisation()).build();

    @Test
    void itIsAnUnsentDraftWithTheTitleAsSubjectAndNoAddresses() throws Exception {
        byte[] eml = THEMED.render(Samples.sample());
        EmailMessage email = EmailMessage.read(eml);

        assertThat(email.message().getHeader("X-Unsent")).containsExactly("1");
        assertThat(email.message().getSubject()).isEqualTo("Safeguarding Updates");
        assertThat(email.message().getHeader("Date")).containsExactly("Mon, 6 Jan 2025 00:00:00 +0000");
        assertThat(email.message().getHeader("Content-Language")).containsExactly("en-GB");
        assertThat(email.message().getMessageID()).matches("<[0-9a-f]{32}@bulletinkit\\.invalid>");
        assertThat(email.message().getFrom()).isNull();
        assertThat(email.message().getRecipients(Message.RecipientType.TO)).isNull();
        assertThat(new String(eml, StandardCharsets.US_ASCII)).doesNotContain("\nFrom:").doesNotContain("\nTo:");
    }

    @Test
    void thePlainTextComesFirstThenTheHtmlWithTheLogoAsARelatedPart() throws Exception {
        EmailMessage email = EmailMessage.read(THEMED.render(Samples.sample()));

        assertThat(new ContentType(email.message().getContentType()).getBaseType()).isEqualTo("multipart/alternative");
        Multipart alternative = email.alternative();
        assertThat(alternative.getCount()).isEqualTo(2);
        assertText(email.plainPart(), "text/plain");
        assertThat(new ContentType(alternative.getBodyPart(1).getContentType()).getBaseType()).isEqualTo("multipart/related");
        Multipart related = email.related();
        assertThat(related.getCount()).isEqualTo(2);
        assertText(related.getBodyPart(0), "text/html");
        MimeBodyPart logo = (MimeBodyPart) related.getBodyPart(1);
        assertThat(logo.getContentType()).startsWith("image/png");
        assertThat(logo.getDisposition()).isEqualTo(Part.INLINE);
        assertThat(logo.getEncoding()).isEqualTo("base64");
        try (InputStream image = logo.getInputStream()) {
            assertThat(image.readAllBytes()).isEqualTo(TestThemes.organisation().logo().orElseThrow().image());
        }
        String contentId = logo.getContentID();
        assertThat(contentId).matches("<logo\\.[0-9a-f]{24}@bulletinkit\\.invalid>");
        Element img = Jsoup.parse(email.html()).selectFirst("img");
        assertThat(img.attr("src")).isEqualTo("cid:" + contentId.substring(1, contentId.length() - 1));
        assertThat(img.attr("alt")).isEqualTo(TestThemes.DESCRIPTION);
    }

    private static void assertText(BodyPart part, String type) throws Exception {
        ContentType contentType = new ContentType(part.getContentType());
        assertThat(contentType.getBaseType()).isEqualTo(type);
        assertThat(contentType.getParameter("charset")).isEqualTo("UTF-8");
        assertThat(((MimeBodyPart) part).getEncoding()).isEqualTo("quoted-printable");
    }

    @Test
    void withoutALogoTheHtmlIsTheSecondAlternativeItself() throws Exception {
        EmailMessage email = EmailMessage.read(EmailRenderer.create().render(HtmlBulletins.rich()));

        assertText(email.alternative().getBodyPart(1), "text/html");
        assertThat(Jsoup.parse(email.html()).select("img")).isEmpty();
    }

    @Test
    void thePlainTextIsARenderingOfItsOwn() throws Exception {
        String text = EmailMessage.read(EmailRenderer.create().render(HtmlBulletins.rich())).plainText();

        assertThat(text.replace("\r\n", "\n")).isEqualTo("""
                Rich Bulletin
                =============

                Every kind of text
                Example Partnership


                Emphasis & links
                ----------------
                Source: Example Source
                Date published: 06 January 2025

                Plain, bold, italic, underlined and all three. See the guidance <https://example.org/inline> now.

                First line
                second line after a tab.

                Search: Query with two parameters: <https://example.org/search?a=1&b=2>
                Ask at the front desk
                """);
    }

    @Test
    void thePlainTextHasEverySentenceAndEveryAddressOfTheSample() throws Exception {
        Bulletin sample = Samples.sample();
        String text = EmailMessage.read(THEMED.render(sample)).plainText();

        ReadingOrder.assertWordsInOrder(text, ReadingOrder.titleWords(sample), "the title");
        ReadingOrder.assertWordsInOrder(text, ReadingOrder.informationWords(sample), "the entries");
        // Letters, not words: "Text: <url>" puts a colon after each link's last word.
        ReadingOrder.assertLettersInOrder(text, ReadingOrder.linkWords(sample), "the links");
        for (Link link : sample.entries().stream().flatMap(entry -> entry.links().stream()).toList()) {
            assertThat(text).contains(link.plainText() + ": <" + link.url() + ">");
        }
    }

    @Test
    void theHtmlCarriesItsStylesInlineInPresentationTablesAroundA600PixelContainer() throws Exception {
        Document html = Jsoup.parse(EmailMessage.read(THEMED.render(HtmlBulletins.rich())).html());

        assertThat(html.body().select("*").not("br, tbody, tr")).allMatch(element -> element.hasAttr("style"), "has a style");
        assertThat(html.select("style, link, [class]")).isEmpty();
        assertThat(html.select("table")).allMatch(table -> table.attr("role").equals("presentation"), "presentation");
        Element wrapper = html.body().child(0);
        assertThat(wrapper.attr("lang")).isEqualTo("en-GB");
        assertThat(wrapper.attr("dir")).isEqualTo("ltr");
        assertThat(wrapper.selectFirst("table").attr("style")).contains("max-width: 600px; margin: 0 auto;");
        assertThat(html.select("td:empty")).isEmpty();
        assertThat(html.selectFirst("h1").attr("style")).isEqualTo("font-size: 32px; font-weight: bold; "
                + "color: #005ea5; line-height: 1.35; margin: 0 0 4.8px; font-family: \"Liberation Serif\", sans-serif");
        assertThat(html.selectFirst("h2").text()).isEqualTo("Emphasis & links");
        assertThat(html.selectFirst("a").attr("style")).isEqualTo("color: #0563c1; text-decoration: underline");
    }

    @Test
    void everyTextIsTextInBothParts() throws Exception {
        EmailMessage email = EmailMessage.read(EmailRenderer.create().render(HtmlBulletins.markupLookalike()));
        Document html = Jsoup.parse(email.html());

        assertThat(html.select("script, b, i, style")).isEmpty();
        assertThat(html.select("img")).isEmpty();
        assertThat(html.select("a")).hasSize(1);
        assertThat(html.selectFirst("h2").text()).isEqualTo(HtmlBulletins.SCRIPT_TOPIC);
        assertThat(email.html()).contains("&lt;/td&gt;&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>");
        assertThat(email.message().getSubject()).isEqualTo("<b>Title</b> & \"quotes\"");
        assertThat(email.plainText()).contains(HtmlBulletins.SCRIPT_TOPIC + "\r\n------------------------------");
    }

    @Test
    void theSameBulletinGivesTheSameBytesBoundariesIncluded() throws Exception {
        byte[] first = THEMED.render(Samples.sample());
        byte[] second = EmailRenderer.builder().theme(TestThemes.organisation()).build().render(Samples.sample());

        assertThat(second).isEqualTo(first);
        assertThat(new ContentType(EmailMessage.read(first).message().getContentType()).getParameter("boundary"))
                .matches("=_alternative\\.[0-9a-f]{24}");
        byte[] other = THEMED.render(HtmlBulletins.rich());
        assertThat(EmailMessage.read(other).message().getMessageID())
                .isNotEqualTo(EmailMessage.read(first).message().getMessageID());
    }

    @Test
    void theProviderIsFoundAsEmailWritingEml() {
        RendererProvider provider = RendererProvider.discover().stream()
                .filter(found -> found.format().equals("email")).findFirst().orElseThrow();

        assertThat(provider.fileExtension()).isEqualTo("eml");
        assertThat(provider.create(RenderOptions.defaults())).isInstanceOf(EmailRenderer.class);
    }
}
