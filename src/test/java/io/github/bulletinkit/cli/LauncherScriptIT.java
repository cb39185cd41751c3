package io.github.bulletinkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinkit.testing.Samples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/bulletinkit} runs the runnable jar with a class-data archive that its first render makes. The tool
 * must behave exactly as {@code java -jar} does, archive or not: the same files, the same silence.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class LauncherScriptIT {

    @TempDir
    Path folder;

    private record Run(int status, String out, String err) {
    }

    /** Extra JVM options for the runs that follow. */
    private String javaOptions = "";

    private Run launcher(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sh", Path.of("bin", "bulletinkit").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("BULLETINKIT_JAR", System.getProperty("bulletinkit.cliJar"));
        builder.environment().put("BULLETINKIT_CACHE", folder.resolve("cache").toString());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("BULLETINKIT_JAVA_OPTS", javaOptions);
        Process process = builder.start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new Run(process.exitValue(), out, err);
    }

    private List<Path> archives() throws IOException {
        Path cache = folder.resolve("cache");
        if (!Files.isDirectory(cache)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(cache)) {
            return files.toList();
        }
    }

    @Test
    void theFirstRenderMakesAnArchiveThatLaterRunsUseAndNothingElseChanges() throws Exception {
        assertThat(launcher("--version").out()).startsWith("bulletinkit ");
        assertThat(archives()).as("only a render makes the archive").isEmpty();

        Run first = launcher("render", Samples.SAMPLE_JSON.toString(), "-o", folder.resolve("first").toString());
        assertThat(first.err()).isEmpty();
        assertThat(first.out()).isEmpty();
        assertThat(first.status()).isZero();
        assertThat(archives()).singleElement().satisfies(archive -> {
            assertThat(archive.getFileName().toString()).endsWith(".jsa");
            assertThat(Files.size(archive)).isGreaterThan(1 << 20);
        });

        // With -Xshare:on the JVM refuses to start rather than run without the archive.
        javaOptions = "-Xshare:on";
        Run second = launcher("render", Samples.SAMPLE_JSON.toString(), "-o", folder.resolve("second").toString());
        assertThat(second.err()).isEmpty();
        assertThat(second.out()).isEmpty();
        assertThat(second.status()).isZero();
        for (String file : new String[] {"safeguarding-updates.pdf", "safeguarding-updates.docx"}) {
            assertThat(folder.resolve("second").resolve(file)).hasSameBinaryContentAs(folder.resolve("first").resolve(file));
        }

        Run bad = launcher("render", folder.resolve("missing.json").toString(), "-o", folder.toString());
        assertThat(bad.status()).isEqualTo(1);
        assertThat(bad.err()).isEqualTo(folder.resolve("missing.json") + ": no such file" + System.lineSeparator());
    }
}
