package io.github.bulletinkit.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.testing.ExternalTool;
import io.github.bulletinkit.testing.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The PDFs as qpdf and poppler see them. Where a tool is missing the test is skipped, unless
 * {@code BULLETINKIT_REQUIRE_TOOLS=true}, when it fails.
 */
class PdfExternalToolsTest {

    private static final Bulletin BULLETIN = TestBulletins.with(Samples.sample(), TestBulletins.richEntry());

    @TempDir
    Path folder;

    @ParameterizedTest(name = "archival: {0}")
    @ValueSource(booleans = {false, true})
    void qpdfFindsNoErrors(boolean archival) throws Exception {
        String output = run("qpdf", "--check", write(archival).toString());
        assertThat(output).contains("No syntax or stream encoding errors found");
    }

    @ParameterizedTest(name = "archival: {0}")
    @ValueSource(booleans = {false, true})
    void pdffontsListsOnlyEmbeddedUnicodeSubsetsOfLiberationSans(boolean archival) throws Exception {
        List<String> rows = run("pdffonts", write(archival).toString()).lines().skip(2).toList();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(3).allSatisfy(row -> assertThat(row)
                .matches("[A-Z]{6}\\+LiberationSans\\S*\\s+CID TrueType\\s+Identity-H\\s+yes\\s+yes\\s+yes\\s+.*"));
    }

    @Test
    void pdftotextReadsTheText() throws Exception {
        String text = run("pdftotext", "-enc", "UTF-8", write(false).toString(), "-");
        assertThat(PdfDocumentReader.normalized(text)).contains("Date published: 06 January 2025",
                "Children’s Wellbeing and Schools Bill", "Page 1 of ");
    }

    private Path write(boolean archival) throws IOException {
        Path file = folder.resolve(archival ? "archival.pdf" : "bulletin.pdf");
        Files.write(file, PdfRenderer.builder().archival(archival).build().render(BULLETIN));
        return file;
    }

    private String run(String tool, String... arguments) throws Exception {
        return ExternalTool.require(tool).run(folder, Duration.ofMinutes(1), arguments);
    }
}
