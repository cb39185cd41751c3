package io.github.bulletinkit.email;

import io.github.bulletinkit.html.HtmlBulletins;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.testing.HtmlCheckers;
import io.github.bulletinkit.testing.Samples;
import io.github.bulletinkit.testing.TestThemes;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeBodyPart;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The email's HTML part in a real browser and a validator, its {@code cid:} logo shown as a mail client shows
 * it, from the related part: no error from the Nu HTML Checker, no WCAG 2.2 A or AA violation from axe-core,
 * no request for anything, no sideways scrolling at 375 px.
 */
class EmailBrowserTest {

    @TempDir
    Path folder;

    private Path htmlPart(String name, Bulletin bulletin, EmailRenderer renderer) throws Exception {
        EmailMessage email = EmailMessage.read(renderer.render(bulletin));
        String html = email.html();
        if (email.alternative().getBodyPart(1).isMimeType("multipart/related")) {
            Multipart related = email.related();
            MimeBodyPart logo = (MimeBodyPart) related.getBodyPart(1);
            String cid = logo.getContentID().replaceAll("[<>]", "");
            try (InputStream image = logo.getInputStream()) {
                html = html.replace("cid:" + cid, "data:image/png;base64,"
                        + Base64.getEncoder().encodeToString(image.readAllBytes()));
            }
        }
        return Files.writeString(folder.resolve(name), html, StandardCharsets.UTF_8);
    }

    @Test
    void theSamplesHtmlPartIsValidAndAccessible() throws Exception {
        HtmlCheckers checkers = HtmlCheckers.require();

        checkers.assertClean(htmlPart("sample.html", Samples.sample(),
                EmailRenderer.builder().theme(TestThemes.organisation()).build()), null);
    }

    @Test
    void theHtmlPartOfTheSampleOfSectionsIsValidAndAccessible() throws Exception {
        HtmlCheckers checkers = HtmlCheckers.require();

        checkers.assertClean(htmlPart("sections.html", Samples.sectioned(),
                EmailRenderer.builder().theme(TestThemes.organisation()).build()), null);
    }

    @Test
    void anHtmlPartOfTextThatLooksLikeMarkupIsCleanToo() throws Exception {
        HtmlCheckers checkers = HtmlCheckers.require();

        checkers.assertClean(htmlPart("markup.html", HtmlBulletins.markupLookalike(), EmailRenderer.create()), null);
        checkers.assertClean(htmlPart("rich.html", HtmlBulletins.rich(), EmailRenderer.create()), null);
    }
}
