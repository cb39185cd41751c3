package io.github.bulletinkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinkit.docx.DocxRenderer;
import io.github.bulletinkit.json.BulletinJsonReader;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.odt.OdtRenderer;
import io.github.bulletinkit.testing.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

    @TempDir
    Path folder;

    @Test
    void importThenRenderTurnsTheOldExportIntoDocuments() throws IOException {
        Path json = folder.resolve("imported.json");
        CommandLineRun imported = CommandLineRun.of("import", Samples.LEGACY_EXPORT.toString(), "-o", json.toString());
        assertThat(imported.status()).isZero();
        assertThat(imported.err()).isEmpty();
        assertThat(BulletinJsonReader.create().read(json).entries()).hasSize(9);

        CommandLineRun rendered = CommandLineRun.of("render", json.toString(), "-o", folder.toString());
        assertThat(rendered.status()).isZero();
        assertThat(folder.resolve("imported.pdf")).exists();
        assertThat(folder.resolve("imported.docx")).exists();
    }

    @Test
    void withoutAnOutputTheJsonGoesToStandardOutput() {
        CommandLineRun run = CommandLineRun.of("import", Samples.LEGACY_EXPORT.toString());
        assertThat(run.status()).isZero();
        assertThat(BulletinJsonReader.create().read(run.out(), "").title()).isEqualTo("Safeguarding Updates");
    }

    @Test
    void aBrokenExportIsReportedByLineAndTheOlderOutputSurvives() throws IOException {
        Path export = Files.writeString(folder.resolve("old.txt"),
                "Title\n\nInformation\tLink\n<p>No source here</p>\t<p>Read the report: X</p>\n");
        Path json = Files.writeString(folder.resolve("old.json"), "the good older file");
        CommandLineRun run = CommandLineRun.of("import", export.toString(), "-o", json.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).startsWith(export + ":4: ");
        assertThat(Files.readString(json)).isEqualTo("the good older file");
    }

    @Test
    void aFolderInTheWayIsReportedUnderTheNameGivenNotTheTemporaryFilesName() throws IOException {
        Path folderInTheWay = Files.createDirectories(folder.resolve("imported.json").resolve("inside"))
                .getParent();
        CommandLineRun run = CommandLineRun.of("import", Samples.LEGACY_EXPORT.toString(), "-o",
                folderInTheWay.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).startsWith(folderInTheWay + ": ").doesNotContain(".tmp").hasLineCount(1);
        assertThat(folderInTheWay.resolve("inside")).isDirectory();
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(folderInTheWay);
        }
    }

    @Test
    void aWordBulletinImportsToTheBulletinItWasRenderedFrom() throws IOException {
        Path docx = Files.write(folder.resolve("bulletin.docx"), DocxRenderer.create().render(Samples.sample()));
        Path json = folder.resolve("bulletin.json");
        CommandLineRun run = CommandLineRun.of("import", docx.toString(), "-o", json.toString());

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(BulletinJsonReader.create().read(json)).isEqualTo(Samples.sample());
    }

    @Test
    void anOpenDocumentBulletinImportsToTheBulletinItWasRenderedFrom() throws IOException {
        Path odt = Files.write(folder.resolve("bulletin.odt"), OdtRenderer.create().render(Samples.sample()));
        Path misnamed = Files.write(folder.resolve("bulletin.zip"), OdtRenderer.create().render(Samples.sample()));
        Path json = folder.resolve("bulletin.json");
        CommandLineRun run = CommandLineRun.of("import", odt.toString(), "-o", json.toString());

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(BulletinJsonReader.create().read(json)).isEqualTo(Samples.sample());
        // Told apart from a Word document, another ZIP archive, by the mimetype it starts with.
        assertThat(BulletinJsonReader.create().read(CommandLineRun.of("import", misnamed.toString()).out(), ""))
                .isEqualTo(Samples.sample());
    }

    @Test
    void aDamagedOpenDocumentIsNamedWithWhatIsWrong() throws IOException {
        Path odt = Files.writeString(folder.resolve("bulletin.odt"), "not an archive");
        CommandLineRun run = CommandLineRun.of("import", odt.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).startsWith(odt + ": is not an OpenDocument text (.odt)");
    }

    @Test
    void aWordDocumentIsToldApartByItsContentNotItsName() throws IOException {
        Path misnamed = Files.write(folder.resolve("bulletin.txt"), DocxRenderer.create().render(Samples.sample()));
        CommandLineRun run = CommandLineRun.of("import", misnamed.toString());

        assertThat(run.status()).isZero();
        assertThat(BulletinJsonReader.create().read(run.out(), "")).isEqualTo(Samples.sample());
    }

    @Test
    void aBrokenWordDocumentIsReportedByPlaceAndTheOlderOutputSurvives() throws IOException {
        byte[] rendered = DocxRenderer.create().render(Samples.sample());
        Path docx = Files.write(folder.resolve("edited.docx"), Arrays.copyOf(rendered, rendered.length - 30));
        Path json = Files.writeString(folder.resolve("edited.json"), "the good older file");
        CommandLineRun run = CommandLineRun.of("import", docx.toString(), "-o", json.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(docx + ": is cut short or damaged: its ZIP archive has no directory at the"
                + " end; save or copy the document again" + System.lineSeparator());
        assertThat(Files.readString(json)).isEqualTo("the good older file");
    }

    @Test
    void aReaderOnTheClassPathIsAskedAndTakesTheFilesThatCarryItsSignature() throws IOException {
        Path text = Files.writeString(folder.resolve("bulletin.txt"), HeadedTextReaderProvider.SIGNATURE
                + "Spring news\nTraining | The partnership | 2025-03-01 | New courses are open.\n");
        CommandLineRun run = CommandLineRun.of("import", text.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isZero();
        Bulletin read = BulletinJsonReader.create().read(run.out(), "");
        assertThat(read.title()).isEqualTo("Spring news");
        assertThat(read.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.topic()).isEqualTo("Training");
            assertThat(entry.published()).isEqualTo(LocalDate.of(2025, 3, 1));
        });
    }

    @Test
    void aReaderOnTheClassPathReportsItsOwnProblems() throws IOException {
        Path text = Files.writeString(folder.resolve("bulletin.txt"), HeadedTextReaderProvider.SIGNATURE
                + "Spring news\nTraining | The partnership | March | New courses are open.\n");
        CommandLineRun run = CommandLineRun.of("import", text.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).isEqualTo(text + ":2: not topic | source | YYYY-MM-DD | summary"
                + System.lineSeparator());
    }

    @Test
    void aBulletinInTheJsonFormatIsReadByTheJsonReader() throws IOException {
        CommandLineRun run = CommandLineRun.of("import", Samples.SAMPLE_JSON.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isZero();
        assertThat(BulletinJsonReader.create().read(run.out(), "")).isEqualTo(Samples.sample());
    }
}
