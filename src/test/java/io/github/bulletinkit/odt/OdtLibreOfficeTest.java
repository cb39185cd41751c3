package io.github.bulletinkit.odt;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinkit.format.RenderOptions;
import io.github.bulletinkit.json.BulletinJsonWriter;
import io.github.bulletinkit.layout.Words;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.Entry;
import io.github.bulletinkit.model.Link;
import io.github.bulletinkit.model.RichText;
import io.github.bulletinkit.testing.ExternalTool;
import io.github.bulletinkit.testing.LargeBulletins;
import io.github.bulletinkit.testing.RandomBulletins;
import io.github.bulletinkit.testing.Samples;
import io.github.bulletinkit.testing.TestThemes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LibreOffice, whose own format this is, lays the documents out with every sentence and counts their pages; and a
 * document it opened and saved again, renaming every automatic style and rewriting every paragraph, reads back
 * the same bulletin.
 */
class OdtLibreOfficeTest {

    @TempDir
    Path dir;

    @Test
    void libreOfficeShowsEverySentenceAndCountsThePages() throws Exception {
        ExternalTool soffice = ExternalTool.require("soffice");
        ExternalTool pdftotext = ExternalTool.require("pdftotext");
        // A long bulletin too, whose rows break across pages; generated text of many scripts, with tabs and line
        // breaks that LibreOffice lays out at tab stops, pdftotext would give in another order, so the readers of
        // the text itself (OdtOutsideReadersTest) check that.
        List<Bulletin> bulletins = List.of(Samples.sample(), Samples.sectioned(),
                Samples.read(OdtRoundTripTest.WELSH_JSON), LargeBulletins.of(60));
        List<Path> documents = new ArrayList<>();
        for (int i = 0; i < bulletins.size(); i++) {
            documents.add(write("bulletin" + i + ".odt", OdtRenderer.create().render(bulletins.get(i))));
        }
        convert(soffice, "pdf", dir, documents);

        RenderOptions options = RenderOptions.defaults();
        float information = options.contentWidth() * options.informationShare();
        for (int i = 0; i < bulletins.size(); i++) {
            Bulletin bulletin = bulletins.get(i);
            Path pdf = dir.resolve("bulletin" + i + ".pdf");
            // Column by column, for a row broken across pages runs on in its column after the page's footer.
            String left = column(pdftotext, pdf, options, 0, options.margins().left() + information);
            String right = column(pdftotext, pdf, options, options.margins().left() + information,
                    options.contentWidth() - information + options.margins().right());
            assertThat(squeeze(withoutHeadersAndFooters(left + " " + right, bulletin))).as("bulletin %d", i)
                    .contains(entrySentences(bulletin).stream().map(OdtLibreOfficeTest::squeeze).toList());
            String text = pdftotext.run(dir, Duration.ofMinutes(1), pdf.toString(), "-");
            // The heading lines, the introduction and the closing run across the page.
            assertThat(squeeze(text)).as("bulletin %d", i)
                    .contains(proseSentences(bulletin).stream().map(OdtLibreOfficeTest::squeeze).toList());
            String[] pages = text.split("\f");
            int count = (int) Arrays.stream(pages).filter(page -> !page.isBlank()).count();
            assertThat(count).as("bulletin %d's pages", i).isGreaterThan(0);
            List<String> footer = Words.of(bulletin).footer();
            for (int page = 1; page <= count; page++) {
                // The footer's words are the bulletin's language's, and the header row repeats on every page.
                assertThat(pages[page - 1]).as("bulletin %d, page %d", i, page)
                        .contains(footer.get(0) + page + footer.get(1) + count + footer.get(2))
                        .contains(bulletin.informationHeading());
            }
        }
    }

    /** The text of one column of every page, pages apart by form feeds. At 72 dpi a pixel is a point. */
    private String column(ExternalTool pdftotext, Path pdf, RenderOptions options, float left, float width)
            throws Exception {
        float height = options.pageSize().height(options.orientation());
        return pdftotext.run(dir, Duration.ofMinutes(1), "-r", "72", "-x", Integer.toString((int) left), "-y", "0",
                "-W", Integer.toString((int) Math.ceil(width)), "-H", Integer.toString((int) Math.ceil(height)),
                pdf.toString(), "-");
    }

    /** Drops the header row repeated on each page, and the footers, which a row broken across pages straddles. */
    private static String withoutHeadersAndFooters(String text, Bulletin bulletin) {
        List<String> footer = Words.of(bulletin).footer();
        String pageLine = Pattern.quote(footer.get(0)) + "\\d+" + Pattern.quote(
                footer.get(1)) + "\\d+" + Pattern.quote(footer.get(2));
        return text.lines()
                .filter(line -> !line.strip().equals(bulletin.informationHeading()))
                .filter(line -> !line.strip().equals(bulletin.linkHeading()))
                .filter(line -> !line.strip().matches(pageLine))
                .reduce("", (all, line) -> all + " " + line);
    }

    @Test
    void aDocumentSavedAgainByLibreOfficeReadsBackTheSame() throws Exception {
        ExternalTool soffice = ExternalTool.require("soffice");
        RenderOptions themed = RenderOptions.builder().theme(TestThemes.organisation()).build();
        List<Bulletin> bulletins = new ArrayList<>();
        List<byte[]> rendered = new ArrayList<>();
        for (Bulletin bulletin : List.of(Samples.sample(), Samples.sectioned(),
                Samples.read(OdtRoundTripTest.WELSH_JSON))) {
            for (OdtRenderer renderer : List.of(OdtRenderer.create(), OdtRenderer.builder().forPrint(true).build(),
                    OdtRenderer.builder().options(themed).build())) {
                bulletins.add(bulletin);
                rendered.add(renderer.render(bulletin));
            }
        }
        RandomBulletins.seeds(6).forEach(seed -> {
            for (Bulletin bulletin : List.of(RandomBulletins.bulletin(seed), RandomBulletins.sectioned(seed),
                    RandomBulletins.multilingual(seed))) {
                bulletins.add(bulletin);
                rendered.add(OdtRenderer.create().render(bulletin));
            }
        });
        List<Path> documents = new ArrayList<>();
        for (int i = 0; i < bulletins.size(); i++) {
            documents.add(write("bulletin" + i + ".odt", rendered.get(i)));
        }
        Path saved = Files.createDirectories(dir.resolve("saved"));
        convert(soffice, "odt", saved, documents);

        OdtBulletinReader reader = new OdtBulletinReader();
        for (int i = 0; i < bulletins.size(); i++) {
            Path resaved = saved.resolve("bulletin" + i + ".odt");
            assertThat(Files.readAllBytes(resaved)).as("LibreOffice rewrote the document")
                    .isNotEqualTo(rendered.get(i));
            assertThat(reader.read(resaved)).as("bulletin %d, %s", i,
                    BulletinJsonWriter.create().write(bulletins.get(i))).isEqualTo(bulletins.get(i));
        }
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    private void convert(ExternalTool soffice, String format, Path into, List<Path> documents) throws Exception {
        List<String> arguments = new ArrayList<>(List.of("-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--convert-to", format, "--outdir", into.toString()));
        documents.forEach(document -> arguments.add(document.toString()));
        soffice.run(dir, Duration.ofMinutes(5), arguments.toArray(String[]::new));
    }

    /** The title, and the sentences of the introduction and the closing. */
    static List<String> proseSentences(Bulletin bulletin) {
        List<String> sentences = new ArrayList<>(List.of(bulletin.title()));
        bulletin.introduction().forEach(paragraph -> sentences.addAll(split(paragraph)));
        bulletin.closing().forEach(paragraph -> sentences.addAll(split(paragraph)));
        return sentences;
    }

    /** The sentences of every entry, and its links' text. */
    static List<String> entrySentences(Bulletin bulletin) {
        Words words = Words.of(bulletin);
        List<String> sentences = new ArrayList<>();
        for (Entry entry : bulletin.entries()) {
            sentences.add(entry.topic());
            sentences.add(words.sourceLine(entry.source()));
            sentences.add(words.publishedLine(entry.published()));
            entry.summary().forEach(paragraph -> sentences.addAll(split(paragraph)));
            entry.links().stream().map(Link::plainText).forEach(sentences::add);
        }
        return sentences;
    }

    private static List<String> split(RichText paragraph) {
        return List.of(paragraph.plainText().split("(?<=[.!?])\\s+"));
    }

    /**
     * Without white space, which lines wrapped in other places would change, and hyphens, which pdftotext drops
     * where a line breaks after one.
     */
    static String squeeze(String text) {
        return text.replaceAll("[\\s\\p{Z}\\-\u00ad]+", "").toLowerCase(Locale.ROOT);
    }
}
