package io.github.bulletinkit.html.internal;

import java.util.Locale;
import java.util.Set;

/** The direction of a bulletin's language, for the {@code dir} attribute: HTML lays out right-to-left text itself. */
public final class Direction {

    // Languages whose usual script runs right to left: Arabic, Hebrew, Persian, Urdu, Yiddish, Pashto, Sindhi,
    // Dhivehi, Kurdish (Sorani), Uyghur.
    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "he", "iw", "fa", "ur", "yi", "ps", "sd", "dv",
            "ckb", "ug");

    private Direction() {
    }

    /**
     * The direction of {@code language}.
     *
     * @param language a BCP 47 tag
     * @return {@code rtl} or {@code ltr}
     */
    public static String of(String language) {
        Locale locale = Locale.forLanguageTag(language);
        String script = locale.getScript();
        if (!script.isEmpty()) {
            return Set.of("Arab", "Hebr", "Thaa", "Syrc", "Nkoo", "Adlm", "Rohg").contains(script) ? "rtl" : "ltr";
        }
        return RIGHT_TO_LEFT.contains(locale.getLanguage()) ? "rtl" : "ltr";
    }
}
