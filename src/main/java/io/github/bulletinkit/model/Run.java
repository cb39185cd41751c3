package io.github.bulletinkit.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * A stretch of text with one emphasis, that may be an inline hyperlink.
 *
 * <p>Instances are immutable and safe to share between threads.
 *
 * @param text the text; never empty
 * @param styles its emphasis; never null, empty for plain text
 * @param url where the text links to (http, https, mailto or tel), or empty when it is not a link
 * @param language the language of the text when it differs from what surrounds it, a BCP 47 tag such as
 *     {@code cy}; empty when it is the surrounding text's
 * @since 0.1.0
 */
public record Run(String text, Set<Style> styles, String url, String language) {

    /**
     * Checks the text and the URL and reports all of their problems at once; copies the styles.
     *
     * @param text the text; not empty, and only characters a document can hold
     * @param styles the emphasis; null counts as none
     * @param url the address: an absolute http, https, mailto or tel URL; null or empty when not a link
     * @param language a BCP 47 tag; null or empty for the surrounding text's language
     * @throws InvalidBulletinException listing every rule the components break
     */
    public Run {
        Checks checks = new Checks();
        if (text == null || text.isEmpty()) {
            checks.add(Problem.at("", "a run of text must not be empty"));
        } else {
            checks.characters("", text);
        }
        url = checks.url("url", url);
        language = checks.language("language", language);
        checks.done();
        styles = styles == null || styles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(styles));
    }

    /**
     * A run in the surrounding text's language.
     *
     * @param text the text; not empty, and only characters a document can hold
     * @param styles the emphasis; null counts as none
     * @param url the address: an absolute http, https, mailto or tel URL; null or empty when not a link
     * @throws InvalidBulletinException listing every rule the components break
     */
    public Run(String text, Set<Style> styles, String url) {
        this(text, styles, url, "");
    }

    /**
     * This run in another language.
     *
     * @param language a BCP 47 tag such as {@code cy}; empty for the surrounding text's
     * @return the run in that language; never null
     * @throws InvalidBulletinException when {@code language} is not a language tag
     * @since 0.2.0
     */
    public Run inLanguage(String language) {
        return language.equals(this.language) ? this : new Run(text, styles, url, language);
    }

    /**
     * Plain text, no emphasis, no link.
     *
     * @param text the text; not empty
     * @return the run; never null
     * @throws InvalidBulletinException when the text breaks a rule
     */
    public static Run plain(String text) {
        return new Run(text, Set.of(), "");
    }

    /**
     * Text with the given emphasis.
     *
     * @param text the text; not empty
     * @param styles the emphasis, each at most once; none for plain text
     * @return the run; never null
     * @throws InvalidBulletinException when the text breaks a rule
     * @throws IllegalArgumentException when a style is given twice
     */
    public static Run styled(String text, Style... styles) {
        return new Run(text, Set.of(styles), "");
    }

    /**
     * An inline hyperlink.
     *
     * @param text the linked text; not empty
     * @param url the address: an absolute http, https, mailto or tel URL
     * @param styles the emphasis, each at most once; none for plain text
     * @return the run; never null
     * @throws InvalidBulletinException when the text or the URL breaks a rule
     * @throws IllegalArgumentException when a style is given twice
     */
    public static Run link(String text, String url, Style... styles) {
        return new Run(text, Set.of(styles), url);
    }

    /**
     * Whether this run is a hyperlink.
     *
     * @return true when {@link #url()} is not empty
     */
    public boolean isLink() {
        return !url.isEmpty();
    }

    /**
     * Whether this run carries an emphasis.
     *
     * @param style the emphasis to look for
     * @return true when {@link #styles()} holds {@code style}
     */
    public boolean has(Style style) {
        return styles.contains(style);
    }
}
