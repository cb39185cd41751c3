package io.github.bulletinkit.docx;

import static io.github.bulletinkit.docx.WordXml.attribute;
import static io.github.bulletinkit.docx.WordXml.child;

import java.util.Locale;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * Which attribute of a run's {@code w:lang} holds its language (ISO 29500 17.3.2.20): {@code w:eastAsia} for
 * Chinese, Japanese and Korean, {@code w:bidi} for the complex scripts (Arabic, Hebrew and the other right-to-left
 * scripts, and the Indic and South-East Asian ones), {@code w:val} for the rest (Latin, Greek, Cyrillic, ...).
 * Word applies each to the characters of its kind; the writer decides from the tag, by its script or else by
 * the usual script of its language, and the reader reads back what the writer wrote.
 */
enum LanguageAttribute {
    VAL, EAST_ASIA, BIDI;

    private static final Set<String> EAST_ASIAN_SCRIPTS = Set.of("Hani", "Hans", "Hant", "Jpan", "Hira", "Kana",
            "Kore", "Hang", "Bopo");
    private static final Set<String> EAST_ASIAN_LANGUAGES = Set.of("zh", "ja", "ko", "yue");
    private static final Set<String> COMPLEX_SCRIPTS = Set.of("Arab", "Hebr", "Syrc", "Thaa", "Nkoo", "Adlm", "Rohg",
            "Deva", "Beng", "Guru", "Gujr", "Orya", "Taml", "Telu", "Knda", "Mlym", "Sinh", "Thai", "Laoo", "Khmr",
            "Mymr", "Tibt");
    // Languages whose usual script is one of those above.
    private static final Set<String> COMPLEX_LANGUAGES = Set.of("ar", "he", "iw", "fa", "ur", "yi", "ps", "sd",
            "dv", "ckb", "ug", "syr", "hi", "mr", "ne", "sa", "bn", "as", "pa", "gu", "or", "ta", "te", "kn", "ml",
            "si", "th", "lo", "km", "my", "bo");

    /** The attribute of a BCP 47 tag: by its script when it names one ({@code pa-Arab}), else by its language. */
    static LanguageAttribute of(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        String script = locale.getScript();
        if (script.isEmpty()) {
            String language = locale.getLanguage();
            return EAST_ASIAN_LANGUAGES.contains(language) ? EAST_ASIA
                    : COMPLEX_LANGUAGES.contains(language) ? BIDI : VAL;
        }
        return EAST_ASIAN_SCRIPTS.contains(script) ? EAST_ASIA : COMPLEX_SCRIPTS.contains(script) ? BIDI : VAL;
    }

    /** Writes {@code w:lang} with {@code tag} in the attribute it belongs in. */
    static void write(WordStream xml, String tag) {
        xml.empty("w:lang").attribute(switch (of(tag)) {
            case VAL -> "w:val";
            case EAST_ASIA -> "w:eastAsia";
            case BIDI -> "w:bidi";
        }, tag);
    }

    /**
     * The language that a run's properties ({@code rPr}, or null) give its {@code text}: the attribute for the
     * characters the text holds, East Asian or complex, when that attribute is there; else {@code w:val}; else the
     * one other attribute there is, as in a run of digits that the writer marked Arabic. Empty when the run has
     * no {@code w:lang}, or it says nothing this way.
     */
    static String read(Element rPr, String text) {
        Element lang = rPr == null ? null : child(rPr, "lang");
        if (lang == null) {
            return "";
        }
        String val = attribute(lang, "val");
        String eastAsia = attribute(lang, "eastAsia");
        String bidi = attribute(lang, "bidi");
        if (!eastAsia.isEmpty() && has(text, EAST_ASIA)) {
            return eastAsia;
        }
        if (!bidi.isEmpty() && has(text, BIDI)) {
            return bidi;
        }
        if (!val.isEmpty()) {
            return val;
        }
        return eastAsia.isEmpty() ? bidi : bidi.isEmpty() ? eastAsia : "";
    }

    /** Whether {@code text} holds a character of a script that {@code attribute} is for. */
    private static boolean has(String text, LanguageAttribute attribute) {
        return text.codePoints().anyMatch(c -> of(Character.UnicodeScript.of(c)) == attribute);
    }

    /** The attribute for characters of {@code script}. */
    static LanguageAttribute of(Character.UnicodeScript script) {
        return switch (script) {
            case HAN, HIRAGANA, KATAKANA, HANGUL, BOPOMOFO -> EAST_ASIA;
            case ARABIC, HEBREW, SYRIAC, THAANA, NKO, ADLAM, HANIFI_ROHINGYA, DEVANAGARI, BENGALI, GURMUKHI,
                    GUJARATI, ORIYA, TAMIL, TELUGU, KANNADA, MALAYALAM, SINHALA, THAI, LAO, KHMER, MYANMAR,
                    TIBETAN -> BIDI;
            default -> VAL;
        };
    }
}
