package io.github.bulletinkit.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a bulletin, or an input that should describe one, breaks the rules. It carries every
 * problem found, not only the first, each with its place.
 *
 * @since 0.1.0
 */
public final class InvalidBulletinException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final transient List<Problem> problems;

    /**
     * @param file the name of the input, as the user gave it, or empty when there is no file
     * @param problems what is wrong; at least one
     */
    public InvalidBulletinException(String file, List<Problem> problems) {
        super(describe(file, problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an InvalidBulletinException needs at least one problem");
        }
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    /** An exception for problems that do not come from a file. */
    public InvalidBulletinException(List<Problem> problems) {
        this("", problems);
    }

    /** The name of the input, or empty. */
    public String file() {
        return file;
    }

    /** Every problem found, in the order of the input; never empty. */
    public List<Problem> problems() {
        return problems;
    }

    /** The same problems, said of {@code file}. */
    public InvalidBulletinException inFile(String file) {
        return new InvalidBulletinException(file, problems);
    }

    /** The same problems, each placed under {@code parent}, such as {@code entries[3]}. */
    public InvalidBulletinException under(String parent) {
        return new InvalidBulletinException(file, problems.stream().map(p -> p.under(parent)).toList());
    }

    /** One line a problem, each as {@link Problem#describe(String)} gives it. */
    public List<String> lines() {
        return problems.stream().map(p -> p.describe(file)).toList();
    }

    private static String describe(String file, List<Problem> problems) {
        return problems.stream().map(p -> p.describe(file)).collect(Collectors.joining("\n"));
    }
}
