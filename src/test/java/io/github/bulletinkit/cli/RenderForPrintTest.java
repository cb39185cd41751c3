package io.github.bulletinkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinkit.docx.DocxRenderer;
import io.github.bulletinkit.pdf.PdfRenderer;
import io.github.bulletinkit.testing.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code render --for-print}: the same documents as the renderers make for paper. */
class RenderForPrintTest {

    @TempDir
    Path folder;

    @Test
    void writesThePrintLayoutInEveryFormat() throws IOException {
        CommandLineRun run = CommandLineRun.of("render", Samples.SAMPLE_JSON.toString(), "--for-print", "-f",
                "pdf,docx", "-o", folder.toString());

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(Files.readAllBytes(folder.resolve("safeguarding-updates.pdf")))
                .isEqualTo(PdfRenderer.builder().forPrint(true).build().render(Samples.sample()));
        assertThat(Files.readAllBytes(folder.resolve("safeguarding-updates.docx")))
                .isEqualTo(DocxRenderer.builder().forPrint(true).build().render(Samples.sample()));
    }

    @Test
    void withoutItTheScreenLayout() throws IOException {
        CommandLineRun run = CommandLineRun.of("render", Samples.SAMPLE_JSON.toString(), "-f", "pdf", "-o",
                folder.toString());

        assertThat(run.status()).isZero();
        assertThat(Files.readAllBytes(folder.resolve("safeguarding-updates.pdf")))
                .isEqualTo(PdfRenderer.create().render(Samples.sample()));
    }
}
