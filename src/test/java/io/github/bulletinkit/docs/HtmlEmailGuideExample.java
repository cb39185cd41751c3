package io.github.bulletinkit.docs;

import io.github.bulletinkit.email.EmailRenderer;
import io.github.bulletinkit.html.HtmlRenderer;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.theme.Theme;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The Java of docs/html-and-email.md, compiled and run by {@link HtmlEmailGuideTest}. */
final class HtmlEmailGuideExample {

    private HtmlEmailGuideExample() {
    }

    static String fragment(Bulletin bulletin, Theme theme) {
        // Build once, keep, and share between threads: the renderer is immutable.
        HtmlRenderer renderer = HtmlRenderer.builder()
                .theme(theme)
                .fragment(true)
                .headingLevel(2) // your page has its own <h1>
                .build();
        String article = new String(renderer.render(bulletin), StandardCharsets.UTF_8);
        // Place it in your own page, e.g. inside <main>; it brings its own lang, dir and styles.
        return article;
    }

    static void draft(Bulletin bulletin, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            EmailRenderer.create().render(bulletin, out);
        }
    }
}
