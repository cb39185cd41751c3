package io.github.bulletinkit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinkit.docx.DocxRenderer;
import io.github.bulletinkit.testing.LiberationSerif;
import io.github.bulletinkit.testing.Samples;
import io.github.bulletinkit.theme.Theme;
import io.github.bulletinkit.theme.ThemeReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The themes guide's examples are real: its Java compiles and runs, and its JSON is a theme the reader takes. */
class ThemesGuideTest {

    private static final Path GUIDE = Path.of("docs", "themes.md");
    private static final Path EXAMPLE =
            Path.of("src", "test", "java", "io", "github", "bulletinkit", "docs", "ThemesGuideExample.java");
    private static final Path SAMPLE = Path.of("samples", "themes", "example");

    @TempDir
    Path folder;



    @Test
    void theJavaExamplesAreTheExampleClassesCode() throws IOException {
        List<String> java = Markdown.blocks(GUIDE, "java");

        assertThat(java).hasSize(3);
        for (String code : java) {
            assertThat(Markdown.unindented(EXAMPLE)).contains(Markdown.unindented(code));
        }
    }

    @Test
    void theJavaExamplesRunAndAgree() throws IOException {
        Files.copy(SAMPLE.resolve("logo.png"), folder.resolve("logo.png"));
        LiberationSerif.copyInto(folder.resolve("fonts"));
        for (String face : List.of("Regular", "Bold", "Italic", "BoldItalic")) {
            Files.move(folder.resolve("fonts/LiberationSerif-" + face + ".ttf"), folder.resolve("fonts/Org-" + face + ".ttf"));
        }
        Files.writeString(folder.resolve("theme.json"), Markdown.blocks(GUIDE, "json").get(0).replace("\"theme.schema.json\"",
                "\"../theme.schema.json\""));

        Theme inJava = ThemesGuideExample.inJava(folder);

        assertThat(ThemesGuideExample.fromTheThemeFile(folder).theme()).isEqualTo(inJava);
        assertThat(inJava.typeface().orElseThrow().family()).isEqualTo("Liberation Serif");
    }

    @Test
    void theLetterheadExampleIsTheSampleLetterhead() throws IOException {
        Path letterhead = Path.of("samples", "themes", "letterhead");
        Theme sample = ThemeReader.create().read(letterhead.resolve("theme.json"));

        assertThat(Markdown.blocks(GUIDE, "json").get(1)).isEqualToIgnoringWhitespace(
                Files.readString(letterhead.resolve("theme.json")));
        DocxRenderer docx = ThemesGuideExample.withTheLetterhead(letterhead, sample);
        assertThat(docx.render(Samples.sample())).isEqualTo(DocxRenderer.builder().theme(sample)
                .build().render(Samples.sample()));
    }

    @Test
    void theSampleThemeIsTheGuidesWithoutFonts() throws IOException {
        Theme sample = ThemeReader.create().read(SAMPLE.resolve("theme.json"));

        assertThat(sample.accent().hex()).isEqualTo("005EA5");
        assertThat(sample.logo().orElseThrow().description()).isEqualTo("West Wales Safeguarding Board");
        assertThat(sample.typeface()).isEmpty();
    }
}
