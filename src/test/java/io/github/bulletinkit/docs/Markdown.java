package io.github.bulletinkit.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The fenced code blocks of the README and the guides, for the tests that hold them to real code. */
final class Markdown {

    private Markdown() {
    }

    /** The text of every {@code ```language} block of {@code file}, in order. */
    static List<String> blocks(Path file, String language) {
        try {
            return Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(file))
                    .results().map(m -> m.group(1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code code} without indentation and blank lines, so that a block compares with the file it comes from. */
    static String unindented(String code) {
        return code.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.joining("\n"));
    }

    /** {@link #unindented} of a file's text. */
    static String unindented(Path file) {
        try {
            return unindented(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
