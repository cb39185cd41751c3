package io.github.bulletinkit.print;

import static io.github.bulletinkit.testing.QrCodeReader.squeezed;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinkit.docx.DocxRenderer;
import io.github.bulletinkit.testing.ExternalTool;
import io.github.bulletinkit.testing.QrCodeReader;
import io.github.bulletinkit.testing.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** LibreOffice prints the Word document for paper with every code readable and every address shown. */
class PrintLibreOfficeTest {

    @TempDir
    Path dir;

    @Test
    void everyLinkOfTheSampleDecodesExactlyFromLibreOfficesPdf() throws Exception {
        ExternalTool soffice = ExternalTool.require("soffice");
        Path docx = Files.write(dir.resolve("print.docx"),
                DocxRenderer.builder().forPrint(true).build().render(Samples.sample()));

        soffice.run(dir, Duration.ofMinutes(3), "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", dir.toString(), docx.toString());
        byte[] pdf = Files.readAllBytes(dir.resolve("print.pdf"));

        assertThat(QrCodeReader.decodeAll(QrCodeReader.pages(pdf)))
                .hasSize(14).containsExactlyInAnyOrderElementsOf(PrintTestBulletins.sampleAddresses());
        String text = squeezed(QrCodeReader.text(pdf));
        for (String printed : PrintTestBulletins.samplePrintedAddresses()) {
            assertThat(text).contains(printed);
        }
    }
}
