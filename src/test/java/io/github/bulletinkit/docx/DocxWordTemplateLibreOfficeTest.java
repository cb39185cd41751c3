package io.github.bulletinkit.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinkit.format.RenderOptions;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.Link;
import io.github.bulletinkit.testing.ExternalTool;
import io.github.bulletinkit.testing.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LibreOffice, a reader we did not write, lays out a bulletin in the tests' letterhead: the template's header and
 * footer on every page, and the table whole between the template's margins, its link column where the margins
 * put it.
 */
class DocxWordTemplateLibreOfficeTest {

    /** The tests' template's page, in points: A4, less its left and right margins. */
    private static final float LEFT = WordTemplates.LEFT / 20f;
    private static final float CONTENT = (11906 - WordTemplates.LEFT - WordTemplates.RIGHT) / 20f;

    @TempDir
    Path dir;

    @Test
    void everyPageHasTheLetterheadAndTheTableFitsBetweenItsMargins() throws Exception {
        ExternalTool soffice = ExternalTool.require("soffice");
        ExternalTool pdftotext = ExternalTool.require("pdftotext");
        Bulletin bulletin = Samples.sample();
        Path docx = dir.resolve("templated.docx");
        Files.write(docx, DocxWordTemplateTest.render(bulletin, RenderOptions.defaults(),
                WordTemplates.letterhead()));

        soffice.run(dir, Duration.ofMinutes(3), "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", dir.toString(), docx.toString());

        Path pdf = dir.resolve("templated.pdf");
        String[] pages = pdftotext.run(dir, Duration.ofMinutes(1), pdf.toString(), "-").split("\f");
        List<String> printed = Arrays.stream(pages).filter(page -> !page.isBlank()).toList();
        assertThat(printed).hasSizeGreaterThan(1);
        // The table starts under the title, though the template's Heading 2 keeps with the next paragraph.
        assertThat(printed.get(0)).contains(bulletin.entries().get(0).topic());
        for (int page = 1; page <= printed.size(); page++) {
            assertThat(printed.get(page - 1)).as("page %d", page).contains(WordTemplates.HEADER_TEXT,
                    WordTemplates.FOOTER_TEXT, WordTemplates.MARKING + " · Page " + page)
                    .doesNotContain(WordTemplates.BODY_TEXT, "Page " + page + " of");
        }
        float information = CONTENT * 0.7f;
        String links = pdftotext.run(dir, Duration.ofMinutes(1), "-r", "72", "-x", Integer.toString(
                (int) (LEFT + information)), "-y", Integer.toString(WordTemplates.TOP / 20), "-W",
                Integer.toString((int) Math.ceil(CONTENT - information)), "-H",
                Integer.toString(842 - (WordTemplates.TOP + WordTemplates.BOTTOM) / 20), pdf.toString(), "-");
        // Between the margins, so without the header and footer; without the header row repeated on each page.
        String column = links.lines().filter(line -> !line.strip().equals(bulletin.linkHeading()))
                .reduce("", String::concat);
        assertThat(squeeze(column)).contains(bulletin.entries().stream().flatMap(e -> e.links().stream())
                .map(Link::plainText).map(DocxWordTemplateLibreOfficeTest::squeeze).toList());
    }

    private static String squeeze(String text) {
        return text.replaceAll("[\\s-]+", "").toLowerCase(Locale.ROOT);
    }
}
