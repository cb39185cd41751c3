package io.github.bulletinkit.docx;

import io.github.bulletinkit.theme.Theme;
import io.github.bulletinkit.theme.Typeface;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Names, on a run, the theme's fallback font for the characters the typeface lacks. Word shows each character
 * in the font of its kind ({@code w:rFonts}, ISO 29500 17.3.2.26): {@code w:cs} for the complex scripts (Arabic,
 * Hebrew, the Indic ones), {@code w:eastAsia} for Chinese, Japanese and Korean, {@code w:ascii} and
 * {@code w:hAnsi} for the rest. So a run names, in each of the first two that its text needs, the first of the
 * typeface and the fallback fonts that has all of that text's characters of the kind. Without fallback fonts,
 * it names nothing: Word and LibreOffice choose. Immutable.
 */
final class ScriptFonts {

    private final Typeface typeface;
    private final List<Typeface> fallbacks;

    ScriptFonts(Theme theme) {
        this.typeface = theme.typeface().orElse(null);
        this.fallbacks = theme.fallbackFonts();
    }

    /** The fonts a run of {@code text} names, one of its kinds or both; null where it needs none. */
    Named named(String text) {
        if (fallbacks.isEmpty()) {
            return null;
        }
        String complex = family(text, LanguageAttribute.BIDI);
        String eastAsian = family(text, LanguageAttribute.EAST_ASIA);
        return complex == null && eastAsian == null ? null : new Named(complex, eastAsian);
    }

    /**
     * The fonts a run names.
     *
     * @param complex the family for its complex-script characters, or null
     * @param eastAsian the family for its East Asian characters, or null
     */
    record Named(String complex, String eastAsian) {

        /** Writes {@code w:rFonts}, in a run's properties. */
        void write(WordStream xml) {
            xml.empty("w:rFonts");
            if (complex != null) {
                xml.attribute("w:cs", complex);
            }
            if (eastAsian != null) {
                xml.attribute("w:eastAsia", eastAsian);
            }
        }
    }

    /**
     * The family of the fallback font for the characters of one kind in {@code text}; null when there are none,
     * the typeface has them, or no font has them all (Word then chooses).
     */
    private String family(String text, LanguageAttribute kind) {
        IntPredicate ofKind = c -> LanguageAttribute.of(Character.UnicodeScript.of(c)) == kind;
        if (text.codePoints().noneMatch(ofKind)) {
            return null;
        }
        List<Typeface> candidates = new ArrayList<>(fallbacks.size() + 1);
        if (typeface != null) {
            candidates.add(typeface);
        }
        candidates.addAll(fallbacks);
        for (Typeface candidate : candidates) {
            if (text.codePoints().filter(ofKind).allMatch(candidate::canShow)) {
                return candidate == typeface ? null : candidate.family();
            }
        }
        return null;
    }
}
