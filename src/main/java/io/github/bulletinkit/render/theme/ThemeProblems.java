package io.github.bulletinkit.render.theme;

import io.github.bulletinkit.model.Problem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;

/**
 * The problems of one theme file, and where each field of it starts, so that problems found after the
 * reading (a missing logo file, a colour that fails contrast) still list in the order of the input. Not
 * thread-safe; one a reading.
 */
final class ThemeProblems {

    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, TokenStreamLocation> places = new HashMap<>();

    /** Remembers where the value at {@code path} starts. */
    void place(String path, TokenStreamLocation at) {
        places.putIfAbsent(path, at);
    }

    /** A problem with the text of the file, at its line and column. */
    void at(TokenStreamLocation at, String path, String message) {
        problems.add(new Problem(path, Math.max(at.getLineNr(), 0), Math.max(at.getColumnNr(), 0), message));
    }

    /** A problem with what a field means rather than how it is written, such as a file it names. */
    void of(String path, String message) {
        problems.add(Problem.at(path, message));
    }

    /** A syntax error or a broken stream limit; {@code parser} may be null. */
    void syntaxError(JacksonException e, JsonParser parser) {
        // Limit errors carry no location of their own; the parser, if any, still knows where it stopped.
        TokenStreamLocation at = e.getLocation() != null ? e.getLocation()
                : parser != null ? parser.currentLocation() : null;
        String message = e.getOriginalMessage().replaceAll(", from `StreamReadConstraints\\.\\w+\\(\\)`", "");
        if (e.getCause() instanceof IOException) { // Jackson's word for bytes it cannot decode
            message = "the file is not UTF-8 text: " + message;
        }
        if (at == null) {
            of("", message);
        } else {
            at(at, "", message);
        }
    }

    boolean has(String path) {
        return problems.stream().anyMatch(p -> p.path().equals(path));
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    /** Every problem, in the order of the input: a problem of a field sorts where that field is. */
    List<Problem> sorted() {
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingLong(this::position));
        return sorted;
    }

    private long position(Problem problem) {
        if (problem.line() > 0) {
            return ((long) problem.line() << 32) + problem.column();
        }
        for (String path = problem.path(); ; path = path.substring(0, Math.max(path.lastIndexOf('.'), 0))) {
            TokenStreamLocation at = places.get(path);
            if (at != null) {
                return ((long) at.getLineNr() << 32) + at.getColumnNr();
            }
            if (path.isEmpty()) {
                return Long.MAX_VALUE;
            }
        }
    }
}
