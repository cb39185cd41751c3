package io.github.bulletinkit.reading;

import io.github.bulletinkit.model.InvalidBulletinException;
import io.github.bulletinkit.model.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * The problems of one document read back, each at its place ({@code table row 3, left cell, paragraph 2}); collected
 * so that all are reported at once.
 */
public final class ReadProblems {

    private static final int QUOTE_LENGTH = 40;

    private final List<Problem> problems = new ArrayList<>();

    public void at(String place, String message) {
        problems.add(Problem.at(place, message));
    }

    /** The model's own problems with a value read at {@code place}, which says what the value is. */
    public void at(String place, InvalidBulletinException rejected) {
        for (Problem problem : rejected.problems()) {
            String path = problem.path();
            at(place, path.endsWith("url") ? "a link's address " + problem.message()
                    : path.isEmpty() ? problem.message() : path + ": " + problem.message());
        }
    }

    public int count() {
        return problems.size();
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /** Throws every problem collected, if there is any. */
    public void throwIfAny(String file) {
        if (!problems.isEmpty()) {
            throw new InvalidBulletinException(file, problems);
        }
    }

    /** {@code text} in quotes, shortened so that a message stays one readable line. */
    public static String quote(String text) {
        String line = text.replace('\n', ' ').replace('\t', ' ');
        String shown = line.length() <= QUOTE_LENGTH ? line : line.substring(0, QUOTE_LENGTH - 1) + "…";
        return "\"" + shown + "\"";
    }
}
