package io.github.bulletinkit.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A program outside the JVM that a test checks its output with. A missing program skips the test, unless
 * the environment variable {@code BULLETINKIT_REQUIRE_TOOLS} is {@code true}, when it fails it.
 */
public final class ExternalTool {

    private final Path program;

    private ExternalTool(Path program) {
        this.program = program;
    }

    /** The program {@code name} on the PATH; skips or fails the test when there is none. */
    public static ExternalTool require(String name) {
        Optional<Path> found = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, name))
                .filter(Files::isExecutable)
                .findFirst();
        if (found.isEmpty()) {
            missing(name + " is not on the PATH");
        }
        return new ExternalTool(found.get());
    }

    /** The program at {@code path}; skips or fails the test when there is none. */
    public static ExternalTool at(Path path) {
        if (!Files.isExecutable(path)) {
            missing(path + " is not installed");
        }
        return new ExternalTool(path);
    }

    /** Skips the test for want of what {@code message} names, or fails it when BULLETINKIT_REQUIRE_TOOLS=true. */
    public static void missing(String message) {
        if ("true".equals(System.getenv("BULLETINKIT_REQUIRE_TOOLS"))) {
            fail(message + ", and BULLETINKIT_REQUIRE_TOOLS=true");
        }
        assumeTrue(false, message + "; skipped");
    }

    /** Runs the program with {@code arguments} in {@code dir}; fails unless it exits with 0 in time. */
    public String run(Path dir, Duration timeout, String... arguments) throws IOException, InterruptedException {
        Path output = Files.createTempFile(dir, "output", ".txt");
        List<String> command = Stream.concat(Stream.of(program.toString()), Stream.of(arguments)).toList();
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            fail(String.join(" ", command) + " did not finish within " + timeout);
        }
        String text = Files.readString(output, StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            fail(String.join(" ", command) + " exited with " + process.exitValue() + ":\n" + text);
        }
        return text;
    }
}
