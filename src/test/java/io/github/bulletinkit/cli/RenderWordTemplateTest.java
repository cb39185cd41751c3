package io.github.bulletinkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinkit.testing.Samples;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code render --theme FILE} with a theme that names a Word template: the DOCX takes its letterhead and page,
 * {@code --paper} wins over the template's paper, and a bad template stops the run before anything is written.
 */
class RenderWordTemplateTest {

    private static final Path LETTERHEAD = Path.of("samples", "themes", "letterhead");

    @TempDir
    Path folder;

    @Test
    void theDocxTakesTheTemplatesLetterheadAndPaperUnlessPaperIsChosen() throws IOException {
        CommandLineRun run = CommandLineRun.of("render", Samples.SAMPLE_JSON.toString(), "--theme",
                LETTERHEAD.resolve("theme.json").toString(), "-f", "docx", "-o", folder.toString());

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(
                Files.readAllBytes(folder.resolve("safeguarding-updates.docx"))))) {
            assertThat(document.getHeaderList().get(0).getText()).contains("Example Safeguarding Partnership");
            assertThat(document.getDocument().getBody().getSectPr().getPgMar().getTop()).hasToString("2268");
        }

        Path letter = folder.resolve("letter");
        CommandLineRun chosen = CommandLineRun.of("render", Samples.SAMPLE_JSON.toString(), "--theme",
                LETTERHEAD.resolve("theme.json").toString(), "--paper", "LETTER", "-f", "docx", "-o",
                letter.toString());

        assertThat(chosen.status()).isZero();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(
                Files.readAllBytes(letter.resolve("safeguarding-updates.docx"))))) {
            assertThat(document.getDocument().getBody().getSectPr().getPgSz().getW()).hasToString("12240");
            assertThat(document.getDocument().getBody().getSectPr().getPgMar().getTop()).hasToString("2268");
        }
    }

    @Test
    void aBadTemplateNamesTheThemeAndTheTemplateAndWritesNothing() throws IOException {
        Files.writeString(folder.resolve("letterhead.dotx"), "not a template");
        Path theme = Files.writeString(folder.resolve("theme.json"), """
                { "wordTemplate": "letterhead.dotx" }
                """);
        Path output = folder.resolve("out");

        CommandLineRun run = CommandLineRun.of("render", Samples.SAMPLE_JSON.toString(), "--theme", theme.toString(),
                "-o", output.toString());

        assertThat(run.status()).isEqualTo(BulletinKitCommand.FAILED);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().replace(folder + File.separator, "")).isEqualTo("theme.json: wordTemplate:"
                + " letterhead.dotx: is not a Word document (.docx): a .docx is a ZIP archive, and this file is not"
                + " one" + System.lineSeparator());
        assertThat(output).doesNotExist();
    }

    @Test
    void aMissingTemplateIsAProblemOfTheTheme() throws IOException {
        Path theme = Files.writeString(folder.resolve("theme.json"), """
                { "wordTemplate": "letterhead.dotx" }
                """);

        CommandLineRun run = CommandLineRun.of("render", Samples.SAMPLE_JSON.toString(), "--theme", theme.toString(),
                "-o", folder.resolve("out").toString());

        assertThat(run.status()).isEqualTo(BulletinKitCommand.FAILED);
        assertThat(run.err().replace(folder + File.separator, "")).isEqualTo("theme.json: wordTemplate:"
                + " letterhead.dotx: no such file (paths are relative to the theme file's folder)"
                + System.lineSeparator());
    }
}
