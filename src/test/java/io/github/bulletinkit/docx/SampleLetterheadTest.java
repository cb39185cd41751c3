package io.github.bulletinkit.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinkit.testing.Samples;
import io.github.bulletinkit.theme.Theme;
import io.github.bulletinkit.theme.ThemeReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The sample letterhead beside the sample theme is the tests' letterhead, made by {@link WordTemplates}; set
 * {@code -Dbulletinkit.writeSamples=true} to write it again after changing them.
 */
class SampleLetterheadTest {

    private static final Path FOLDER = Path.of("samples", "themes", "letterhead");

    @Test
    void theSampleLetterheadIsTheTestsLetterhead() throws IOException {
        byte[] made = WordTemplates.letterhead().bytes();
        if (Boolean.getBoolean("bulletinkit.writeSamples")) {
            Files.write(FOLDER.resolve("letterhead.dotx"), made);
        }

        assertThat(Files.readAllBytes(FOLDER.resolve("letterhead.dotx"))).isEqualTo(made);
    }

    @Test
    void theSampleThemeNamesItAndTheDocumentHasItsHeader() throws IOException {
        Theme theme = ThemeReader.create().read(FOLDER.resolve("theme.json"));

        assertThat(theme.wordTemplate()).hasValueSatisfying(template -> assertThat(template.name())
                .isEqualTo("letterhead.dotx"));
        byte[] docx = DocxRenderer.builder().theme(theme).build().render(Samples.sample());
        assertThat(new DocxDocumentReader(docx).part("word/header1.xml")).contains(WordTemplates.HEADER_TEXT);
    }
}
