package io.github.bulletinkit.layout;

import java.util.Locale;
import java.util.Set;

/**
 * Which way a language's text runs, and so which way a format lays out a table's columns and aligns a
 * paragraph. Within a line, characters of the other direction are ordered by the Unicode bidirectional
 * algorithm, with this as the paragraph's direction.
 *
 * @since 0.2.0
 */
public enum Direction {
    /** English, Welsh, Hindi, Chinese and most others. */
    LEFT_TO_RIGHT("ltr"),
    /** Arabic, Hebrew, Persian, Urdu and the others whose script runs right to left. */
    RIGHT_TO_LEFT("rtl");

    // Languages whose usual script runs right to left: Arabic, Hebrew, Persian, Urdu, Yiddish, Pashto, Sindhi,
    // Dhivehi, Kurdish (Sorani), Uyghur.
    private static final Set<String> RIGHT_TO_LEFT_LANGUAGES = Set.of("ar", "he", "iw", "fa", "ur", "yi", "ps",
            "sd", "dv", "ckb", "ug");
    private static final Set<String> RIGHT_TO_LEFT_SCRIPTS = Set.of("Arab", "Hebr", "Thaa", "Syrc", "Nkoo", "Adlm",
            "Rohg");

    private final String html;

    Direction(String html) {
        this.html = html;
    }

    /**
     * The direction of a language, by its script when the tag names one ({@code pa-Arab}, {@code az-Arab}),
     * else by its usual script.
     *
     * @param languageTag a BCP 47 tag such as {@code ar} or {@code en-GB}; never null
     * @return right to left for Arabic, Hebrew, Persian, Urdu and the like, else left to right
     */
    public static Direction of(String languageTag) {
        Locale locale = Locale.forLanguageTag(languageTag);
        String script = locale.getScript();
        boolean rightToLeft = script.isEmpty() ? RIGHT_TO_LEFT_LANGUAGES.contains(locale.getLanguage())
                : RIGHT_TO_LEFT_SCRIPTS.contains(script);
        return rightToLeft ? RIGHT_TO_LEFT : LEFT_TO_RIGHT;
    }

    /**
     * The direction as HTML's {@code dir} attribute names it.
     *
     * @return {@code ltr} or {@code rtl}
     */
    public String html() {
        return html;
    }
}
