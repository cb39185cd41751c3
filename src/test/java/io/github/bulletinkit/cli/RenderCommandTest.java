package io.github.bulletinkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinkit.odt.OdtBulletinReader;
import io.github.bulletinkit.testing.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCommandTest {

    @TempDir
    Path folder;

    private Path bulletin(String name, String json) throws IOException {
        return Files.writeString(folder.resolve(name), json);
    }

    private static final String GOOD = """
            {"title": "T", "entries": [{"topic": "a", "source": "b", "published": "2025-01-06", "summary": ["c"]}]}
            """;

    private static final String BAD = """
            {"title": "", "entries": [{"topic": "a", "published": "2025-02-30", "summary": ["<script>x</script>"]}]}
            """;

    /** Everything in the folder that is not where it should be: temporary files left behind. */
    private static Stream<Path> leftovers(Path folder) throws IOException {
        return Files.list(folder).filter(p -> p.getFileName().toString().endsWith(".tmp"));
    }

    @Test
    void writesEveryFormatQuietly() throws IOException {
        Path out = folder.resolve("out/nested");
        CommandLineRun run = CommandLineRun.of("render", Samples.SAMPLE_JSON.toString(), "-o", out.toString());

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEmpty();
        assertThat(out.resolve("safeguarding-updates.pdf")).exists();
        assertThat(out.resolve("safeguarding-updates.docx")).exists();
        assertThat(new OdtBulletinReader().read(out.resolve("safeguarding-updates.odt"))).isEqualTo(Samples.sample());
        assertThat(Files.readString(out.resolve("safeguarding-updates.txt"))).startsWith("Safeguarding Updates\n");
        assertThat(leftovers(out)).isEmpty();
    }

    @Test
    void archivalMakesThePdfClaimPdfA2b() throws IOException {
        CommandLineRun run = CommandLineRun.of("render", Samples.SAMPLE_JSON.toString(), "-o", folder.toString(),
                "-f", "pdf", "--archival");

        assertThat(run.status()).isZero();
        String pdf = new String(Files.readAllBytes(folder.resolve("safeguarding-updates.pdf")),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(pdf).contains("<pdfaid:part>2</pdfaid:part>", "<pdfuaid:part>1</pdfuaid:part>");
    }

    @Test
    void verboseListsTheFilesWritten() throws IOException {
        Path input = bulletin("good.json", GOOD);
        CommandLineRun run = CommandLineRun.of("render", input.toString(), "-o", folder.toString(), "-f", "txt", "-v");

        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo(folder.resolve("good.txt") + System.lineSeparator());
    }

    @Test
    void listsEveryProblemOfABadFileWithItsPlace() throws IOException {
        Path input = bulletin("bad.json", BAD);
        CommandLineRun run = CommandLineRun.of("render", input.toString(), "-o", folder.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err().lines()).containsExactly(
                input + ": title: must not be empty",
                input + ": entries[0].source: is required",
                input + ": entries[0].published: \"2025-02-30\" is not a date in the calendar",
                input + ": entries[0].summary[0]: unsupported tag <script> at character 1; only b, strong, i, em, u, a and span are allowed");
        assertThat(folder.resolve("bad.pdf")).doesNotExist();
        assertThat(leftovers(folder)).isEmpty();
    }

    @Test
    void aBadInputDoesNotStopTheOthers() throws IOException {
        Path first = bulletin("first.json", GOOD);
        Path bad = bulletin("bad.json", BAD);
        Path last = bulletin("last.json", GOOD);
        CommandLineRun run = CommandLineRun.of("render", first.toString(), bad.toString(), last.toString(),
                "-o", folder.toString(), "-f", "txt");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains(bad.toString()).doesNotContain(first.toString());
        assertThat(folder.resolve("first.txt")).exists();
        assertThat(folder.resolve("last.txt")).exists();
        assertThat(folder.resolve("bad.txt")).doesNotExist();
        assertThat(leftovers(folder)).isEmpty();
    }

    @Test
    void oneRendererServesEveryInputOfARun() throws IOException {
        Path first = bulletin("first.json", GOOD);
        Path second = bulletin("second.json", GOOD);
        Path third = bulletin("third.json", GOOD);
        int before = PlainTextRendererProvider.CREATED.get();
        CommandLineRun run = CommandLineRun.of("render", first.toString(), second.toString(), third.toString(),
                "-o", folder.toString(), "-f", "txt");

        assertThat(run.status()).isZero();
        assertThat(PlainTextRendererProvider.CREATED.get() - before).isEqualTo(1);
        assertThat(folder.resolve("third.txt")).exists();
    }

    @Test
    void aFailedRenderLeavesTheOlderFileAsItWas() throws IOException {
        // Valid JSON that fails late, inside the PDF renderer: its font has no Chinese.
        Path input = bulletin("late.json", GOOD.replace("\"c\"", "\"中文\""));
        Path older = Files.writeString(folder.resolve("late.pdf"), "the good older file");
        CommandLineRun run = CommandLineRun.of("render", input.toString(), "-o", folder.toString(), "-f", "pdf");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains(input + ": entries[0].summary[0]").contains("U+4E2D");
        assertThat(Files.readString(older)).isEqualTo("the good older file");
        assertThat(leftovers(folder)).isEmpty();
    }

    @Test
    void wrongUsageExitsWithTwo() throws IOException {
        Path input = bulletin("good.json", GOOD);
        assertThat(CommandLineRun.of("render").status()).isEqualTo(2);
        assertThat(CommandLineRun.of("render", "--no-such-option", input.toString()).status()).isEqualTo(2);
        CommandLineRun unknownFormat = CommandLineRun.of("render", input.toString(), "-f", "rtf");
        assertThat(unknownFormat.status()).isEqualTo(2);
        assertThat(unknownFormat.err()).startsWith("Unknown format 'rtf'; the formats are disk-full, docx, email, html, odt, pdf, txt");
        assertThat(CommandLineRun.of().status()).isEqualTo(2);
    }

    @Test
    void aMissingInputIsNamed() {
        Path missing = folder.resolve("missing.json");
        CommandLineRun run = CommandLineRun.of("render", missing.toString(), "-o", folder.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).isEqualTo(missing + ": no such file" + System.lineSeparator());
    }

    @Test
    void helpListsTheFormatsFound() {
        CommandLineRun run = CommandLineRun.of("render", "--help");
        assertThat(run.status()).isZero();
        assertThat(run.out().replaceAll("\\s+", " ")).contains("disk-full, docx, email, html, odt, pdf, txt (default: all)");
    }

    @Test
    void versionIsOnEveryCommand() {
        for (String command : new String[] {"render", "validate", "import"}) {
            CommandLineRun run = CommandLineRun.of(command, "--version");
            assertThat(run.status()).isZero();
            assertThat(run.out()).startsWith("bulletinkit 0.1.0");
        }
    }
}
