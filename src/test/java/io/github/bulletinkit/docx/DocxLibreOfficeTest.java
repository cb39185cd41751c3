package io.github.bulletinkit.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinkit.format.RenderOptions;
import io.github.bulletinkit.layout.Words;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.Entry;
import io.github.bulletinkit.model.Link;
import io.github.bulletinkit.model.RichText;
import io.github.bulletinkit.testing.ExternalTool;
import io.github.bulletinkit.testing.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** LibreOffice, a reader we did not write, lays the documents out with all their text in its column. */
class DocxLibreOfficeTest {

    private static final RenderOptions OPTIONS = RenderOptions.defaults();

    @TempDir
    Path dir;

    @Test
    void libreOfficeShowsEverySentenceInItsColumnAndCountsThePages() throws Exception {
        ExternalTool soffice = ExternalTool.require("soffice");
        ExternalTool pdftotext = ExternalTool.require("pdftotext");
        List<Bulletin> bulletins = List.of(Samples.sample(), TestBulletins.multilingual());
        List<String> arguments = new ArrayList<>(List.of("-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", dir.toString()));
        for (int i = 0; i < bulletins.size(); i++) {
            Path docx = dir.resolve("bulletin" + i + ".docx");
            Files.write(docx, DocxRenderer.builder().options(OPTIONS).build().render(bulletins.get(i)));
            arguments.add(docx.toString());
        }
        soffice.run(dir, Duration.ofMinutes(3), arguments.toArray(String[]::new));

        for (int i = 0; i < bulletins.size(); i++) {
            Bulletin bulletin = bulletins.get(i);
            Path pdf = dir.resolve("bulletin" + i + ".pdf");
            String information = column(pdftotext, pdf, OPTIONS.margins().left(), informationWidth());
            String links = column(pdftotext, pdf, OPTIONS.margins().left() + informationWidth(),
                    OPTIONS.contentWidth() - informationWidth());
            assertThat(squeeze(withoutHeadersAndFooters(information, bulletin)))
                    .contains(squeeze(bulletin.title()))
                    .contains(informationSentences(bulletin).stream().map(DocxLibreOfficeTest::squeeze).toList());
            assertThat(squeeze(withoutHeadersAndFooters(links, bulletin)))
                    .contains(bulletin.entries().stream().flatMap(e -> e.links().stream()).map(Link::plainText)
                            .map(DocxLibreOfficeTest::squeeze).toList());

            String[] pages = pdftotext.run(dir, Duration.ofMinutes(1), pdf.toString(), "-").split("\f");
            String[] informationPages = information.split("\f");
            int count = (int) Arrays.stream(pages).filter(page -> !page.isBlank()).count();
            List<String> footer = Words.of(bulletin).footer();
            for (int page = 1; page <= count; page++) {
                // The footer's words are the bulletin's language's: Page 1 of 2, Tudalen 1 o 2.
                assertThat(pages[page - 1]).contains(footer.get(0) + page + footer.get(1) + count + footer.get(2));
                assertThat(informationPages[page - 1].lines()).as("page %d", page)
                        .contains(bulletin.informationHeading());
            }
        }
    }

    private static float informationWidth() {
        return OPTIONS.contentWidth() * OPTIONS.informationShare();
    }

    /** The text of one column of every page, pages apart by form feeds. At 72 dpi a pixel is a point. */
    private String column(ExternalTool pdftotext, Path pdf, float left, float width) throws Exception {
        float height = OPTIONS.pageSize().height(OPTIONS.orientation());
        return pdftotext.run(dir, Duration.ofMinutes(1), "-r", "72", "-x", Integer.toString((int) left), "-y", "0",
                "-W", Integer.toString((int) Math.ceil(width)), "-H", Integer.toString((int) Math.ceil(height)),
                pdf.toString(), "-");
    }

    /** Drops the header row repeated on each page and the footers, which a row broken across pages straddles. */
    private static String withoutHeadersAndFooters(String text, Bulletin bulletin) {
        return text.lines()
                .filter(line -> !line.strip().equals(bulletin.informationHeading()))
                .filter(line -> !line.strip().equals(bulletin.linkHeading()))
                .filter(line -> !line.strip().matches("(Page \\d+ of|Tudalen \\d+ o) \\d+"))
                .reduce("", (all, line) -> all + " " + line);
    }

    private static List<String> informationSentences(Bulletin bulletin) {
        List<String> sentences = new ArrayList<>();
        for (Entry entry : bulletin.entries()) {
            sentences.add(entry.topic());
            sentences.add(Words.of(bulletin.locale()).sourceLine(entry.source()));
            sentences.add(Words.of(bulletin.locale()).publishedLine(entry.published()));
            for (RichText paragraph : entry.summary()) {
                sentences.addAll(List.of(paragraph.plainText().split("(?<=[.!?])\\s+")));
            }
        }
        return sentences;
    }

    /**
     * Without white space, which lines wrapped in other places would change, and hyphens, which pdftotext drops
     * where a line breaks after one.
     */
    private static String squeeze(String text) {
        return text.replaceAll("[\\s-]+", "").toLowerCase(Locale.ROOT);
    }
}
