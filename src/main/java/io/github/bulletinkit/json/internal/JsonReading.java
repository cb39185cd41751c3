package io.github.bulletinkit.json.internal;

import io.github.bulletinkit.model.Problem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * One reading of a JSON document's tokens, for the bulletin and the theme readers alike: the parser, every
 * problem found so far, and where each value starts, so that problems found after the reading (a rule of the
 * model, a file the document names) still list in the order of the input. Not thread-safe; one a reading.
 */
public final class JsonReading {

    private final JsonParser parser;
    private final String input;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, TokenStreamLocation> places = new HashMap<>();

    /**
     * @param parser the parser, positioned before the document; null when it could not be made
     * @param input what messages call the input: {@code the input} or {@code the file}
     */
    public JsonReading(JsonParser parser, String input) {
        this.parser = parser;
        this.input = input;
    }

    public JsonParser parser() {
        return parser;
    }

    /** Remembers where the value at {@code path} starts; the first place given for a path stays. */
    public void place(String path, TokenStreamLocation at) {
        places.putIfAbsent(path, at);
    }

    /** Remembers that the value at {@code path} starts at the current token. */
    public void placeHere(String path) {
        place(path, parser.currentTokenLocation());
    }

    /** A problem with the text of the document, at its line and column. */
    public void at(TokenStreamLocation at, String path, String message) {
        problems.add(new Problem(path, Math.max(at.getLineNr(), 0), Math.max(at.getColumnNr(), 0), message));
    }

    /** A problem at the current token. */
    public void here(String path, String message) {
        at(parser.currentTokenLocation(), path, message);
    }

    /** A problem with what a value means rather than how it is written; it sorts where its value is. */
    public void of(String path, String message) {
        problems.add(Problem.at(path, message));
    }

    /** Problems found by others, such as the model's own checks, already placed under their paths. */
    public void add(List<Problem> found) {
        problems.addAll(found);
    }

    /** A syntax error, or a broken limit on the stream. */
    public void syntaxError(JacksonException e) {
        problems.add(problemOf(e, parser, input));
    }

    /** The problems found so far, in the order found. */
    public List<Problem> found() {
        return Collections.unmodifiableList(problems);
    }

    public boolean has(String path) {
        return problems.stream().anyMatch(p -> p.path().equals(path));
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /** Every problem, in the order of the input: a problem of a value sorts where that value is. */
    public List<Problem> sorted() {
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingLong(this::position));
        return sorted;
    }

    private long position(Problem problem) {
        if (problem.line() > 0) {
            return ((long) problem.line() << 32) + problem.column();
        }
        for (String path = problem.path(); ; path = parent(path)) {
            TokenStreamLocation at = places.get(path);
            if (at != null) {
                return ((long) at.getLineNr() << 32) + at.getColumnNr();
            }
            if (path.isEmpty()) {
                return Long.MAX_VALUE;
            }
        }
    }

    /** {@code entries[3]} for {@code entries[3].published}, {@code entries} for {@code entries[3]}. */
    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }

    /**
     * Reads the properties of the object whose {@code START_OBJECT} is the current token: an unknown or repeated
     * name is reported and its value skipped; each other one is handed to {@code property} with its path, the
     * parser on its value.
     *
     * @param allowed the names the object may have, in the order messages list them
     * @param what the object, for messages, such as {@code an entry}
     */
    public void object(String path, List<String> allowed, String what, BiConsumer<String, String> property) {
        Set<String> seen = new HashSet<>();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            String field = path.isEmpty() ? name : path + "." + name;
            TokenStreamLocation at = parser.currentTokenLocation();
            parser.nextToken();
            place(field, at);
            if (!allowed.contains(name)) {
                at(at, field, "unknown property; " + what + " has " + listed(allowed));
                parser.skipChildren();
            } else if (!seen.add(name)) {
                at(at, field, "appears twice");
                parser.skipChildren();
            } else {
                property.accept(name, field);
            }
        }
    }

    /** Checks the current token; on a mismatch, reports it, skips the value and answers false. */
    public boolean expect(String path, JsonToken token, String what) {
        if (parser.currentToken() == token) {
            return true;
        }
        here(path, "expected " + what + ", found " + name(parser.currentToken()));
        parser.skipChildren();
        return false;
    }

    /** A token as a person would name it, for "expected a string, found a number". */
    private String name(JsonToken token) {
        if (token == null) {
            return "the end of " + input;
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.name();
        };
    }

    /**
     * The failure of a reader that allows a property name it has no branch for. Every allowed name has its own
     * branch: a name added to a list of fields without one fails every test that uses it, instead of being read
     * as another field.
     */
    public static IllegalStateException unhandled(String name) {
        return new IllegalStateException("the reader has no branch for the property " + name);
    }

    /** {@code a, b and c}, for messages that list what is allowed. */
    public static String listed(List<String> names) {
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /**
     * A problem for a syntax error or a broken limit on the stream.
     *
     * @param parser the parser, which still knows where it stopped; null when there is none
     * @param input what messages call the input: {@code the input} or {@code the file}
     */
    public static Problem problemOf(JacksonException e, JsonParser parser, String input) {
        // Limit errors carry no location of their own; the parser, if any, still knows where it stopped.
        TokenStreamLocation at = e.getLocation() != null ? e.getLocation()
                : parser != null ? parser.currentLocation() : null;
        String message = e.getOriginalMessage().replaceAll(", from `StreamReadConstraints\\.\\w+\\(\\)`", "");
        if (e.getCause() instanceof IOException) { // Jackson's word for bytes it cannot decode
            message = input + " is not UTF-8 text: " + message;
        }
        return at == null ? Problem.at("", message)
                : new Problem("", Math.max(at.getLineNr(), 0), Math.max(at.getColumnNr(), 0), message);
    }
}
