package io.github.bulletinkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A render that fails part-way, in any format and for any reason, leaves every older file of that input as it
 * was, leaves no temporary file behind, and says what failed. The test format {@code disk-full} writes to a
 * disk that fills up after as many bytes as the bulletin's title says ({@link DiskFullRendererProvider}), which
 * works whoever runs the tests, root included.
 */
class RenderCommandFailureTest {

    private static final List<String> EXTENSIONS = List.of("bin", "docx", "eml", "html", "odt", "pdf", "txt");

    @TempDir
    Path folder;

    private Path bulletin(String name, String title, String summary) throws IOException {
        return Files.writeString(folder.resolve(name), """
                {"title": "%s", "entries": [{"topic": "a", "source": "b", "published": "2025-01-06", "summary": ["%s"]}]}
                """.formatted(title, summary));
    }

    /** An older file of every format for {@code name}, each saying which it is. */
    private Map<Path, String> olderFiles(String name) throws IOException {
        Map<Path, String> older = new LinkedHashMap<>();
        for (String extension : EXTENSIONS) {
            Path file = folder.resolve(name + "." + extension);
            older.put(file, "the good older " + extension);
            Files.writeString(file, older.get(file));
        }
        return older;
    }

    private static void assertUntouched(Map<Path, String> older) throws IOException {
        for (Map.Entry<Path, String> file : older.entrySet()) {
            assertThat(Files.readString(file.getKey())).as("%s", file.getKey()).isEqualTo(file.getValue());
        }
    }

    private Stream<Path> leftovers() throws IOException {
        return Files.list(folder).filter(p -> p.getFileName().toString().endsWith(".tmp"));
    }

    @Test
    void aCharacterThePdfCannotShowFoundAfterTheDocxWasWrittenReplacesNothing() throws IOException {
        Path input = bulletin("late.json", "Late", "Chinese: 中文");
        Map<Path, String> older = olderFiles("late");

        CommandLineRun run = CommandLineRun.of("render", input.toString(), "-o", folder.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err().lines()).containsExactly(input + ": entries[0].summary[0]: contains U+4E2D and U+6587,"
                + " which the PDF font cannot show: name a font that has them in the theme's fallbackFonts");
        assertUntouched(older);
        assertThat(leftovers()).isEmpty();
    }

    @ParameterizedTest(name = "the disk is full after {0} bytes")
    @ValueSource(ints = {0, 1, 1000, 3000})
    void aDiskThatFillsUpReplacesNothingAndTheOtherInputsAreWritten(int capacity) throws IOException {
        Path full = bulletin("full.json", "Disk full after " + capacity + " bytes", "c");
        Path fine = bulletin("fine.json", "Fine", "c");
        Map<Path, String> older = olderFiles("full");

        CommandLineRun run = CommandLineRun.of("render", full.toString(), fine.toString(), "-o", folder.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err().lines()).containsExactly(folder.resolve("full.bin") + ": No space left on device");
        assertUntouched(older);
        assertThat(leftovers()).isEmpty();
        for (String extension : EXTENSIONS) {
            assertThat(Files.size(folder.resolve("fine." + extension))).as(extension).isPositive();
        }
        assertThat(folder.resolve("fine.bin")).hasSameBinaryContentAs(folder.resolve("fine.docx"));
    }

    @Test
    void aFolderWhereOneFileShouldGoIsFoundBeforeAnyFileIsReplaced() throws IOException {
        Path input = bulletin("blocked.json", "Blocked", "c");
        Map<Path, String> older = olderFiles("blocked");
        Path pdf = folder.resolve("blocked.pdf");
        Files.delete(pdf);
        older.remove(pdf);
        Files.createDirectories(pdf.resolve("inside"));

        CommandLineRun run = CommandLineRun.of("render", input.toString(), "-o", folder.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err().lines()).containsExactly(pdf + ": is a folder, so the file cannot be written there");
        assertUntouched(older);
        assertThat(pdf.resolve("inside")).isDirectory();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void anOutputFolderThatIsAFileIsSaidToBeOne() throws IOException {
        Path input = bulletin("good.json", "Good", "c");
        Path file = Files.writeString(folder.resolve("out"), "a file");

        CommandLineRun run = CommandLineRun.of("render", input.toString(), "-o", file.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).isEqualTo(file + ": is a file, not a folder" + System.lineSeparator());
        assertThat(Files.readString(file)).isEqualTo("a file");
    }

    @Test
    void failedWritesCloseEveryFileTheyOpened() throws IOException {
        Path openFiles = Path.of("/proc/self/fd");
        assumeTrue(Files.isDirectory(openFiles), "lists open files only where the system shows them");
        Path input = bulletin("full.json", "Disk full after 1000 bytes", "c");
        String inFolder = folder.toRealPath().toString();

        for (int i = 0; i < 5; i++) {
            assertThat(CommandLineRun.of("render", input.toString(), "-o", folder.toString()).status()).isEqualTo(1);

            // Looked at at once: a stream left open would be closed only when the garbage collector finds it.
            try (Stream<Path> descriptors = Files.list(openFiles)) {
                assertThat(descriptors.map(RenderCommandFailureTest::target))
                        .noneMatch(file -> file.startsWith(inFolder));
            }
        }
        assertThat(leftovers()).isEmpty();
    }

    /** What an open file descriptor points to; empty when it is gone already. */
    private static String target(Path descriptor) {
        try {
            return Files.readSymbolicLink(descriptor).toString();
        } catch (IOException e) {
            return "";
        }
    }
}
