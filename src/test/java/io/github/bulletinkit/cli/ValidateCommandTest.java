package io.github.bulletinkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinkit.testing.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    @TempDir
    Path folder;

    @Test
    void aGoodBulletinPassesSilently() {
        CommandLineRun run = CommandLineRun.of("validate", Samples.SAMPLE_JSON.toString());
        assertThat(run.status()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void listsEveryProblemOfEveryInputAndWritesNothing() throws IOException {
        Path syntax = Files.writeString(folder.resolve("syntax.json"), "{\n  \"title\": \"T\",\n}");
        Path font = Files.writeString(folder.resolve("font.json"), """
                {"title": "T", "entries": [{"topic": "a", "source": "b", "published": "2025-01-06", "summary": ["中"]}]}
                """);
        CommandLineRun run = CommandLineRun.of("validate", syntax.toString(), font.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err().lines()).hasSize(2);
        assertThat(run.err().lines().toList().get(0)).startsWith(syntax + ":3:1: Unexpected character");
        assertThat(run.err().lines().toList().get(1)).startsWith(font + ": entries[0].summary[0]").contains("U+4E2D");
        try (var files = Files.list(folder)) {
            assertThat(files).hasSize(2);
        }
    }
}
