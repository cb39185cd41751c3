package io.github.bulletinkit.legacy;

import io.github.bulletinkit.model.InvalidBulletinException;
import io.github.bulletinkit.model.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The problems of one import, each placed on a line of the export; collected so that all are reported at once. */
final class Problems {

    private static final int QUOTE_LENGTH = 40;

    private final List<Problem> problems = new ArrayList<>();

    void at(int line, String message) {
        problems.add(new Problem("", line, 0, message));
    }

    /** The model's own problems with a value built from {@code line}, kept with their paths. */
    void at(int line, List<Problem> rejected) {
        for (Problem p : rejected) {
            problems.add(new Problem(p.path(), line, 0, p.message()));
        }
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    /** Throws every problem collected, if there is any, in the order of their lines. */
    void throwIfAny(String file) {
        if (!problems.isEmpty()) {
            // An entry is checked when the next one starts, so its problems may come after later lines' problems.
            problems.sort(Comparator.comparingInt(Problem::line));
            throw new InvalidBulletinException(file, problems);
        }
    }

    /** {@code text} in quotes, shortened so that a message stays one readable line. */
    static String quote(String text) {
        String shown = text.length() <= QUOTE_LENGTH ? text : text.substring(0, QUOTE_LENGTH - 1) + "…";
        return "\"" + shown + "\"";
    }
}
