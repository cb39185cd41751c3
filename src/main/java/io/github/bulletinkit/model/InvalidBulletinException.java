package io.github.bulletinkit.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a bulletin, or an input that should describe one, breaks the rules. It carries every
 * problem found, not only the first, each with its place. Its message is {@link #lines()}, one a line.
 *
 * <p>Instances are immutable and safe to share between threads. The problems are not serialized: after
 * deserialization only the file and the message remain.
 *
 * @since 0.1.0
 */
public final class InvalidBulletinException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The name of the input, as the user gave it, or empty. */
    private final String file;
    private final transient List<Problem> problems;

    /**
     * An exception for problems of the named input.
     *
     * @param file the name of the input, as the user gave it, or empty when there is no file; not null
     * @param problems what is wrong, in the order of the input; at least one. The list is copied
     * @throws IllegalArgumentException when {@code problems} is empty
     */
    public InvalidBulletinException(String file, List<Problem> problems) {
        super(describe(file, problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an InvalidBulletinException needs at least one problem");
        }
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    /**
     * An exception for problems that do not come from a file.
     *
     * @param problems what is wrong, in the order of the input; at least one. The list is copied
     * @throws IllegalArgumentException when {@code problems} is empty
     */
    public InvalidBulletinException(List<Problem> problems) {
        this("", problems);
    }

    /**
     * The name of the input.
     *
     * @return the name as the user gave it, or empty when there is no file; never null
     */
    public String file() {
        return file;
    }

    /**
     * Every problem found.
     *
     * @return the problems, in the order of the input; unmodifiable and never empty
     */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * The same problems, said of {@code file}.
     *
     * @param file the name of the input; not null
     * @return a new exception; never null
     */
    public InvalidBulletinException inFile(String file) {
        return new InvalidBulletinException(file, problems);
    }

    /**
     * The same problems, each placed under {@code parent}, such as {@code entries[3]}.
     *
     * @param parent the path to put in front of each problem's path; not null
     * @return a new exception for the same file; never null
     * @see Problem#under(String)
     */
    public InvalidBulletinException under(String parent) {
        return new InvalidBulletinException(file, problems.stream().map(p -> p.under(parent)).toList());
    }

    /**
     * The problems as a person reads them.
     *
     * @return one line a problem, in order, each as {@link Problem#describe(String)} gives it; never empty
     */
    public List<String> lines() {
        return problems.stream().map(p -> p.describe(file)).toList();
    }

    private static String describe(String file, List<Problem> problems) {
        return problems.stream().map(p -> p.describe(file)).collect(Collectors.joining("\n"));
    }
}
