package io.github.bulletinkit.docs;

import io.github.bulletinkit.docx.DocxRenderer;
import io.github.bulletinkit.format.RenderOptions;
import io.github.bulletinkit.theme.Logo;
import io.github.bulletinkit.theme.Rgb;
import io.github.bulletinkit.theme.Theme;
import io.github.bulletinkit.theme.ThemeReader;
import io.github.bulletinkit.theme.Typeface;
import io.github.bulletinkit.theme.WordTemplate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The Java of {@code docs/themes.md}, compiled and run by {@link ThemesGuideTest}. */
final class ThemesGuideExample {

    private ThemesGuideExample() {
    }

    static RenderOptions fromTheThemeFile(Path folder) throws IOException {
        Theme theme = ThemeReader.create().read(folder.resolve("theme.json"));
        RenderOptions options = RenderOptions.builder().theme(theme).build();
        return options;
    }

    static Theme inJava(Path folder) throws IOException {
        Theme theme = Theme.builder()
                .logo(Logo.of(Files.readAllBytes(folder.resolve("logo.png")), "West Wales Safeguarding Board"))
                .logoHeight(40)
                .accent(Rgb.parse("#005EA5"))
                .text(Rgb.parse("#1A1A1A"))
                .secondary(Rgb.parse("#595959"))
                .link(Rgb.parse("#0563C1"))
                .rule(Rgb.parse("#BFBFBF"))
                .typeface(Typeface.of(
                        Files.readAllBytes(folder.resolve("fonts/Org-Regular.ttf")),
                        Files.readAllBytes(folder.resolve("fonts/Org-Bold.ttf")),
                        Files.readAllBytes(folder.resolve("fonts/Org-Italic.ttf")),
                        Files.readAllBytes(folder.resolve("fonts/Org-BoldItalic.ttf"))))
                .build();
        return theme;
    }

    static DocxRenderer withTheLetterhead(Path folder, Theme theme) throws IOException {
        DocxRenderer docx = DocxRenderer.builder()
                .theme(theme)
                .wordTemplate(WordTemplate.read(folder.resolve("letterhead.dotx")))
                .build();
        return docx;
    }
}
