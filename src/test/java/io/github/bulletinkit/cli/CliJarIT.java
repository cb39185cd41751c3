package io.github.bulletinkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinkit.testing.Samples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runnable jar, run as a user runs it: in its own JVM, with nothing but the JDK around it. */
class CliJarIT {

    @TempDir
    Path folder;

    private record Process(int status, String out, String err) {
    }

    private static Process java(String... args) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("bulletinkit.cliJar"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new java.util.ArrayList<>(List.of(java.toString(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        java.lang.Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new Process(process.exitValue(), out, err);
    }

    @Test
    void aGoodRunPrintsNothingAtAll() throws Exception {
        Process run = java("render", Samples.SAMPLE_JSON.toString(), "-o", folder.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEmpty();
        assertThat(run.status()).isZero();
        assertThat(Files.size(folder.resolve("safeguarding-updates.pdf"))).isPositive();
        assertThat(Files.size(folder.resolve("safeguarding-updates.docx"))).isPositive();
    }

    @Test
    void aBadRunExitsWithOneAndSaysWhereOnStandardError() throws Exception {
        Path bad = Files.writeString(folder.resolve("bad.json"), "{\"title\": \"T\"}");
        Process run = java("render", bad.toString(), "-o", folder.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).isEqualTo(bad + ": entries: is required" + System.lineSeparator());
        assertThat(run.out()).isEmpty();
    }

    @Test
    void wrongUsageExitsWithTwo() throws Exception {
        assertThat(java("render", "--no-such-option").status()).isEqualTo(2);
    }
}
