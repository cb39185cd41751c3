package io.github.bulletinkit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinkit.layout.QrCode;
import io.github.bulletinkit.pdf.PdfRenderer;
import io.github.bulletinkit.testing.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The printing guide's example runs, and its numbers are the code's. */
class PrintingGuideTest {

    private static final Path GUIDE = Path.of("docs", "printing.md");
    private static final Path EXAMPLE =
            Path.of("src", "test", "java", "io", "github", "bulletinkit", "docs", "PrintingGuideExample.java");

    @TempDir
    Path folder;


    @Test
    void theJavaExampleIsTheExampleClassesCodeAndRuns() throws IOException {
        List<String> java = Markdown.blocks(GUIDE, "java");

        assertThat(java).hasSize(1);
        assertThat(Markdown.unindented(EXAMPLE)).contains(Markdown.unindented(java.get(0)));
        PrintingGuideExample.handouts(folder);
        assertThat(Files.readAllBytes(folder.resolve("handout.pdf")))
                .isEqualTo(PdfRenderer.builder().forPrint(true).build().render(Samples.sample()));
    }

    @Test
    void theGuideGivesTheCodesNumbers() throws IOException {
        assertThat(Files.readString(GUIDE))
                .contains(QrCode.MODULE_MILLIMETRES + " mm")
                .contains(QrCode.QUIET_ZONE + " modules")
                .contains("version " + QrCode.MAX_VERSION)
                .contains(QrCode.MAX_BYTES + " characters");
    }
}
