package io.github.bulletinkit.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * A stretch of text with one emphasis, that may be an inline hyperlink.
 *
 * @param text the text; never empty
 * @param styles its emphasis; never null, empty for plain text
 * @param url where the text links to (http, https or mailto), or empty when it is not a link
 * @since 0.1.0
 */
public record Run(String text, Set<Style> styles, String url) {

    /** Checks the text and the URL; copies the styles. */
    public Run {
        Checks checks = new Checks();
        if (text == null || text.isEmpty()) {
            checks.add(Problem.at("", "a run of text must not be empty"));
        } else {
            checks.characters("", text);
        }
        url = checks.url("url", url);
        checks.done();
        styles = styles == null || styles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(styles));
    }

    /** Plain text, no emphasis, no link. */
    public static Run plain(String text) {
        return new Run(text, Set.of(), "");
    }

    /** Text with the given emphasis. */
    public static Run styled(String text, Style... styles) {
        return new Run(text, Set.of(styles), "");
    }

    /** An inline hyperlink. */
    public static Run link(String text, String url, Style... styles) {
        return new Run(text, Set.of(styles), url);
    }

    public boolean isLink() {
        return !url.isEmpty();
    }

    public boolean has(Style style) {
        return styles.contains(style);
    }
}
