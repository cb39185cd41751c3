package io.github.bulletinkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinkit.testing.Samples;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library jar on the module path, as a modular application uses it: its {@code module-info} must name
 * every module it needs, and its renderers must be found as services and find their fonts.
 */
class ModulePathIT {

    @TempDir
    Path folder;

    @Test
    void rendersTheSampleAsANamedModule() throws Exception {
        Path jar = Path.of(System.getProperty("bulletinkit.jar"));
        String dependencies = Files.readString(Path.of(System.getProperty("bulletinkit.runtimeClasspath"))).strip();
        String modulePath = jar + File.pathSeparator + dependencies;
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        // picocli is an optional dependency ("requires static"): the command line asks for it by name.
        Process process = new ProcessBuilder(List.of(java.toString(), "--module-path", modulePath,
                "--add-modules", "info.picocli", "--module", "io.github.bulletinkit/io.github.bulletinkit.cli.Main",
                "render", Samples.SAMPLE_JSON.toString(), "-o", folder.toString()))
                .redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();

        assertThat(output).isEmpty();
        assertThat(process.exitValue()).isZero();
        assertThat(Files.size(folder.resolve("safeguarding-updates.pdf"))).isPositive();
        assertThat(Files.size(folder.resolve("safeguarding-updates.docx"))).isPositive();
    }
}
