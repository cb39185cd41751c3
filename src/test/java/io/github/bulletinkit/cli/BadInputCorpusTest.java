package io.github.bulletinkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file in {@code src/test/resources/bad/} is rendered (a {@code .json}) or imported (a {@code .docx}) and
 * must fail with exactly the messages in the {@code .expected} file beside it, and write nothing.
 */
class BadInputCorpusTest {

    private static final Path CORPUS = Path.of("src", "test", "resources", "bad");

    @TempDir
    Path output;

    static Stream<Path> corpus() throws IOException {
        return Files.list(CORPUS).filter(p -> p.toString().endsWith(".json")).sorted();
    }

    static Stream<Path> wordCorpus() throws IOException {
        return Files.list(CORPUS).filter(p -> p.toString().endsWith(".docx")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void failsWithItsExpectedMessagesAndWritesNothing(Path input) throws IOException {
        CommandLineRun run = CommandLineRun.of("render", input.toString(), "-o", output.toString());
        assertFailed(input, run);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wordCorpus")
    void failsToImportWithItsExpectedMessagesAndWritesNothing(Path input) throws IOException {
        CommandLineRun run = CommandLineRun.of("import", input.toString(), "-o",
                output.resolve("imported.json").toString());
        assertFailed(input, run);
    }

    private void assertFailed(Path input, CommandLineRun run) throws IOException {
        String name = input.getFileName().toString();
        Path expected = input.resolveSibling(name.replaceFirst("\\.(json|docx)$", ".expected"));

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().replace(CORPUS + java.io.File.separator, "").lines())
                .containsExactlyElementsOf(Files.readAllLines(expected));
        try (Stream<Path> written = Files.list(output)) {
            assertThat(written).isEmpty();
        }
    }
}
