package io.github.bulletinkit.model;

import java.util.Objects;

/**
 * One thing wrong with an input, and where it is.
 *
 * <p>A problem is placed either by a path into the model ({@code entries[3].published}) or by a line and
 * column in the input text (for syntax errors), or both. Lines and columns count from 1; 0 means unknown.
 *
 * <p>Instances are immutable and safe to share between threads.
 *
 * @param path where in the model, such as {@code entries[3].published}; empty when the problem is not in one field
 * @param line the line in the input, from 1, or 0 when unknown
 * @param column the column in the input, from 1, or 0 when unknown
 * @param message what is wrong, in words a person can act on; never null
 * @since 0.1.0
 */
public record Problem(String path, int line, int column, String message) {

    /**
     * Checks the components; a null path becomes empty.
     *
     * @param path where in the model; null counts as empty
     * @param line the line in the input, from 1, or 0 when unknown
     * @param column the column in the input, from 1, or 0 when unknown
     * @param message what is wrong; not null
     * @throws NullPointerException when {@code message} is null
     * @throws IllegalArgumentException when {@code line} or {@code column} is negative
     */
    public Problem {
        path = path == null ? "" : path;
        Objects.requireNonNull(message, "message");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must not be negative");
        }
    }

    /**
     * A problem found at a path into the model, with no position in the input text.
     *
     * @param path where in the model, such as {@code entries[3].published}; null or empty when not in one field
     * @param message what is wrong; not null
     * @return the problem, with line and column 0; never null
     */
    public static Problem at(String path, String message) {
        return new Problem(path, 0, 0, message);
    }

    /**
     * This problem placed one level deeper, under {@code parent} ({@code links[0]} under {@code entries[3]}).
     *
     * @param parent the path to put in front; not null, and empty to leave the path as it is
     * @return a problem with the longer path and the same line, column and message; never null
     */
    public Problem under(String parent) {
        if (parent.isEmpty()) {
            return this;
        }
        String joined = path.isEmpty() ? parent : path.startsWith("[") ? parent + path : parent + "." + path;
        return new Problem(joined, line, column, message);
    }

    /**
     * Formats this problem as a person reads it: {@code file:line:column: message} when its position in
     * the input is known, otherwise {@code file: path: message}.
     *
     * @param file the input's name as the user gave it, or empty; not null
     * @return the description; never null
     */
    public String describe(String file) {
        StringBuilder out = new StringBuilder(file);
        if (line > 0) {
            out.append(':').append(line);
            if (column > 0) {
                out.append(':').append(column);
            }
        }
        if (!path.isEmpty()) {
            out.append(out.length() == 0 ? "" : ": ").append(path);
        }
        return out.append(out.length() == 0 ? "" : ": ").append(message).toString();
    }
}
