package io.github.bulletinkit.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The words that documents write around a bulletin's own text, each built in for English and Welsh and
 * overridable for any language with {@link Bulletin#labels()}. A bulletin in a language without built-in labels,
 * and without its own, is written with the English ones, which the documents then mark as English.
 *
 * <p>Some labels hold places for numbers and words, in braces: {@code {page}} and {@code {pages}} in
 * {@link #PAGE}, {@code {count}} in {@link #ENTRIES}, {@code {entries}}, {@code {information}} and
 * {@code {link}} in {@link #TABLE_SUMMARY}.
 *
 * @since 0.2.0
 */
public enum Label {
    /** Before an entry's source. */
    SOURCE("source", "Source:", "Ffynhonnell:"),
    /** Before an entry's date. */
    PUBLISHED("published", "Date published:", "Dyddiad cyhoeddi:"),
    /** The left column's heading, when the bulletin names none. */
    INFORMATION("information", "Information", "Gwybodaeth"),
    /** The right column's heading, when the bulletin names none. */
    LINK("link", "Link", "Dolen"),
    /** The heading of the contents list. */
    CONTENTS("contents", "Contents", "Cynnwys"),
    /** The running footer of a page. */
    PAGE("page", "Page {page} of {pages}", "Tudalen {page} o {pages}"),
    /** A table of one entry, in its summary. */
    ONE_ENTRY("oneEntry", "1 entry", "1 eitem"),
    /** A table of more entries, in its summary. */
    ENTRIES("entries", "{count} entries", "{count} eitem"),
    /** What a screen reader announces before it reads a table. */
    TABLE_SUMMARY("tableSummary", "{entries}, one a row. The {information} column gives each entry's topic, source,"
            + " date published and summary; the {link} column gives links to read more.",
            "{entries}, un i bob rhes. Mae colofn {information} yn rhoi pwnc, ffynhonnell, dyddiad cyhoeddi a"
            + " chrynodeb pob eitem; mae colofn {link} yn rhoi dolenni i ddarllen mwy.");

    private final String key;
    private final String english;
    private final String welsh;

    Label(String key, String english, String welsh) {
        this.key = key;
        this.english = english;
        this.welsh = welsh;
    }

    /**
     * The label's name in the JSON format's {@code labels} object.
     *
     * @return such as {@code tableSummary}
     */
    public String key() {
        return key;
    }

    /**
     * The label built in for a language.
     *
     * @param language a BCP 47 tag; its primary language decides
     * @return the label in that language; empty when none is built in
     */
    public Optional<String> builtIn(String language) {
        return switch (primary(language)) {
            case "en" -> Optional.of(english);
            case "cy" -> Optional.of(welsh);
            default -> Optional.empty();
        };
    }

    /**
     * The label in English, which stands in for a language without built-in labels.
     *
     * @return the English label
     */
    public String english() {
        return english;
    }

    /**
     * Whether labels are built in for a language.
     *
     * @param language a BCP 47 tag; its primary language decides
     * @return true for English and Welsh
     */
    public static boolean builtInFor(String language) {
        return SOURCE.builtIn(language).isPresent();
    }

    /** The places a label must hold, so that no number goes unsaid. */
    String[] places() {
        return switch (this) {
            case PAGE -> new String[] {"{page}", "{pages}"};
            case ENTRIES -> new String[] {"{count}"};
            case TABLE_SUMMARY -> new String[] {"{entries}"};
            case SOURCE, PUBLISHED, INFORMATION, LINK, CONTENTS, ONE_ENTRY -> new String[0];
        };
    }

    private static String primary(String language) {
        return Locale.forLanguageTag(language).getLanguage();
    }
}
