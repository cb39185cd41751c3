package io.github.bulletinkit.docx;

import io.github.bulletinkit.theme.Theme;
import io.github.bulletinkit.theme.Typeface;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;

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

    /** Whether the theme has fallback fonts, without which no run names a font. */
    boolean any() {
        return !fallbacks.isEmpty();
    }

    /** Names the fonts for {@code text} in a run's properties, where it needs any; whether it named one. */
    boolean name(CTRPr properties, String text) {
        if (fallbacks.isEmpty()) {
            return false;
        }
        String complex = family(text, LanguageAttribute.BIDI);
        String eastAsian = family(text, LanguageAttribute.EAST_ASIA);
        if (complex == null && eastAsian == null) {
            return false;
        }
        CTFonts fonts = properties.addNewRFonts();
        if (complex != null) {
            fonts.setCs(complex);
        }
        if (eastAsian != null) {
            fonts.setEastAsia(eastAsian);
        }
        return true;
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
