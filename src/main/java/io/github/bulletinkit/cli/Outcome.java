package io.github.bulletinkit.cli;

import io.github.bulletinkit.model.InvalidBulletinException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What became of one input: the files written and the problems met, each a line for standard error. */
final class Outcome {

    private final Path input;
    private final List<Path> written = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    Outcome(Path input) {
        this.input = input;
    }

    void wrote(Path file) {
        written.add(file);
    }

    /** Records why {@code file} (the input, or an output of it) failed, as a person can act on it. */
    void failed(Path file, Exception e) {
        if (e instanceof InvalidBulletinException invalid) {
            problems.addAll(invalid.inFile(input.toString()).lines());
        } else if (e instanceof NoSuchFileException) {
            problems.add(file + ": no such file");
        } else if (e instanceof AccessDeniedException) {
            problems.add(file + ": permission denied");
        } else if (e instanceof FileSystemException failed && failed.getReason() != null) {
            // Its message names the temporary file as well; the reason alone says what went wrong with this one.
            problems.add(file + ": " + failed.getReason());
        } else if (e instanceof IOException) {
            problems.add(file + ": " + e.getMessage());
        } else {
            problems.add(file + ": failed unexpectedly: " + e);
        }
    }

    List<Path> written() {
        return written;
    }

    List<String> problems() {
        return problems;
    }

    boolean succeeded() {
        return problems.isEmpty();
    }
}
