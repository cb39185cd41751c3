package io.github.bulletinkit.print;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinkit.pdf.PdfRenderer;
import io.github.bulletinkit.testing.ExternalTool;
import io.github.bulletinkit.testing.QrCodeReader;
import io.github.bulletinkit.testing.Samples;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** zbar, a QR reader independent of ZXing, which made the codes, reads every one from the printed pages. */
class PrintZbarTest {

    @TempDir
    Path dir;

    @Test
    void zbarimgReadsEveryLinkOfTheSampleFromThePdfsPages() throws Exception {
        ExternalTool zbarimg = ExternalTool.require("zbarimg");
        List<BufferedImage> pages = QrCodeReader.pages(PdfRenderer.builder().forPrint(true).build()
                .render(Samples.sample()));
        // --nodbus: zbar would otherwise also announce each code on the system bus, and say so when there is none.
        List<String> arguments = new ArrayList<>(List.of("--raw", "-q", "--nodbus"));
        for (int i = 0; i < pages.size(); i++) {
            Path png = dir.resolve("page-" + (i + 1) + ".png");
            ImageIO.write(pages.get(i), "png", png.toFile());
            arguments.add(png.toString());
        }

        String output = zbarimg.run(dir, Duration.ofMinutes(2), arguments.toArray(String[]::new));

        assertThat(output.lines().filter(line -> !line.isEmpty()).toList())
                .hasSize(14).containsExactlyInAnyOrderElementsOf(PrintTestBulletins.sampleAddresses());
    }
}
