package io.github.bulletinkit.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.Entry;
import io.github.bulletinkit.testing.ExternalTool;
import io.github.bulletinkit.testing.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
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

    // Latin text goes into simple fonts, Greek into a CID font: the bulletin needs both.
    private static final Bulletin BULLETIN = TestBulletins.with(Samples.sample(), TestBulletins.richEntry(),
            Entry.builder().topic("Ενημέρωση").source("Tests").published(LocalDate.of(2025, 1, 6))
                    .paragraph("Καλημέρα").build());

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
    void pdffontsListsOnlyEmbeddedSubsetsOfLiberationSansEachWithItsUnicodeMap(boolean archival) throws Exception {
        List<String> rows = run("pdffonts", write(archival).toString()).lines().skip(2).toList();
        // Columns: embedded, subset, a ToUnicode map.
        String simple = "TrueType\\s+WinAnsi\\s+yes\\s+yes\\s+yes";
        String cid = "CID TrueType\\s+Identity-H\\s+yes\\s+yes\\s+yes";
        assertThat(rows).hasSizeGreaterThanOrEqualTo(4).allSatisfy(row -> assertThat(row)
                .matches("[A-Z]{6}\\+LiberationSans\\S*\\s+(" + simple + "|" + cid + ")\\s+.*"));
        assertThat(rows).anyMatch(row -> row.matches(".*" + simple + ".*")).anyMatch(row -> row.matches(".*" + cid + ".*"));
    }

    @Test
    void pdftotextReadsTheText() throws Exception {
        String text = run("pdftotext", "-enc", "UTF-8", write(false).toString(), "-");
        assertThat(PdfDocumentReader.normalized(text)).contains("Date published: 06 January 2025",
                "Children’s Wellbeing and Schools Bill", "Ενημέρωση", "Page 1 of ");
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
