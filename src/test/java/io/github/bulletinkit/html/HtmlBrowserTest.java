package io.github.bulletinkit.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinkit.json.BulletinJsonReader;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.testing.HtmlCheckers;
import io.github.bulletinkit.testing.Samples;
import io.github.bulletinkit.testing.TestThemes;
import io.github.bulletinkit.theme.Theme;
import io.github.bulletinkit.theme.ThemeReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page and the fragment in a real browser and a validator: the Nu HTML Checker finds nothing, axe-core finds
 * no violation of WCAG 2.2 A or AA, the page asks nothing of any other host, and at 375 px it does not scroll
 * sideways. The screenshots of the sample with the sample theme, at 1280 and 375 px, go to
 * {@code target/screenshots}; {@code docs/html-desktop.png} and {@code docs/html-phone.png} are copies.
 */
class HtmlBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    Path folder;

    private Path write(String name, String html) throws IOException {
        return Files.writeString(folder.resolve(name), html, StandardCharsets.UTF_8);
    }

    private static String html(HtmlRenderer renderer, Bulletin bulletin) {
        return new String(renderer.render(bulletin), StandardCharsets.UTF_8);
    }

    @Test
    void theSamplePageIsValidAccessibleSelfContainedAndFitsAPhone() throws Exception {
        HtmlCheckers checkers = HtmlCheckers.require();
        Bulletin sample = BulletinJsonReader.create().read(Samples.SAMPLE_JSON);
        Theme theme = ThemeReader.create().read(Path.of("samples", "themes", "example", "theme.json"));
        Path page = write("html.html", html(HtmlRenderer.builder().theme(theme).build(), sample));
        Files.createDirectories(SCREENSHOTS);

        checkers.assertClean(page, SCREENSHOTS.toAbsolutePath());

        assertThat(SCREENSHOTS.resolve("html.html-1280.png")).isNotEmptyFile();
        assertThat(SCREENSHOTS.resolve("html.html-375.png")).isNotEmptyFile();
    }

    @Test
    void theSampleOfSectionsIsValidAccessibleAndFitsAPhone() throws Exception {
        HtmlCheckers checkers = HtmlCheckers.require();
        Theme theme = ThemeReader.create().read(Path.of("samples", "themes", "example", "theme.json"));
        Path page = write("sections.html", html(HtmlRenderer.builder().theme(theme).build(), Samples.sectioned()));
        Files.createDirectories(SCREENSHOTS);

        checkers.assertClean(page, SCREENSHOTS.toAbsolutePath());
    }

    @Test
    void aPageOfTextThatLooksLikeMarkupIsCleanToo() throws Exception {
        HtmlCheckers checkers = HtmlCheckers.require();

        checkers.assertClean(write("markup.html", html(HtmlRenderer.create(), HtmlBulletins.markupLookalike())), null);
        checkers.assertClean(write("rich.html", html(HtmlRenderer.create(), HtmlBulletins.rich())), null);
    }

    @Test
    void aFragmentInAMinimalPageIsValidAndAccessible() throws Exception {
        HtmlCheckers checkers = HtmlCheckers.require();
        String fragment = html(HtmlRenderer.builder().theme(TestThemes.organisation()).fragment(true).build(),
                Samples.sample());
        // A host page with styles of its own, which the fragment must not take on. It has no h1 of its own: the
        // bulletin's title is one, and the Nu HTML Checker warns of a second.
        Path page = write("fragment.html", """
                <!DOCTYPE html>
                <html lang="en">
                <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>A host page</title>
                <style>p { color: #777; font-size: 9px; } table { border-spacing: 20px; } a { color: #aaa; }</style>
                </head>
                <body><main>
                %s</main></body>
                </html>
                """.formatted(fragment));

        checkers.assertClean(page, null);
    }

    @Test
    void aFragmentUnderAPagesOwnH1IsValidAndAccessible() throws Exception {
        HtmlCheckers checkers = HtmlCheckers.require();
        String fragment = html(HtmlRenderer.builder().fragment(true).headingLevel(2).build(), Samples.sample());
        Path page = write("under-h1.html", """
                <!DOCTYPE html>
                <html lang="en">
                <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Staff news</title>
                </head>
                <body><main>
                <h1>Staff news</h1>
                %s</main></body>
                </html>
                """.formatted(fragment));

        checkers.assertClean(page, null);
    }
}
