package io.github.bulletinkit.odt;

import java.util.Locale;
import java.util.Map;

/**
 * A language as ODF writes it: ISO codes of language, country and script ({@code fo:language},
 * {@code fo:country}, {@code fo:script}) for Western text, and again for Asian and complex text
 * ({@code style:language-asian}, {@code style:language-complex}, ...), for LibreOffice applies each to the
 * characters of its kind and a run should be in its language whatever its characters are; a tag that the codes
 * cannot say in full ({@code de-CH-1996}) goes in {@code style:rfc-language-tag} besides.
 */
final class OdtLanguage {

    private static final String[][] KINDS = {
        {"fo:language", "fo:country", "fo:script", "style:rfc-language-tag"},
        {"style:language-asian", "style:country-asian", "style:script-asian", "style:rfc-language-tag-asian"},
        {"style:language-complex", "style:country-complex", "style:script-complex", "style:rfc-language-tag-complex"}};

    private OdtLanguage() {
    }

    /** Writes {@code tag} as the attributes of the element just started. */
    static void write(XmlOut xml, String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        boolean whole = locale.getVariant().isEmpty() && locale.getExtensionKeys().isEmpty()
                && !locale.getLanguage().isEmpty();
        for (String[] kind : KINDS) {
            xml.attribute(kind[0], locale.getLanguage().isEmpty() ? "zxx" : locale.getLanguage());
            xml.attribute(kind[1], locale.getCountry().isEmpty() ? "none" : locale.getCountry());
            if (!locale.getScript().isEmpty()) {
                xml.attribute(kind[2], locale.getScript());
            }
            if (!whole) {
                xml.attribute(kind[3], tag);
            }
        }
    }

    /**
     * The language that a style's text properties give, as a BCP 47 tag: the Western attributes' when there
     * are, else the complex, else the Asian; empty when they give none.
     *
     * @param attributes the text properties' attributes, by qualified name
     */
    static String read(Map<String, String> attributes) {
        for (String[] kind : new String[][] {KINDS[0], KINDS[2], KINDS[1]}) {
            String rfc = attributes.getOrDefault(kind[3], "");
            if (!rfc.isEmpty()) {
                return rfc;
            }
            String language = attributes.getOrDefault(kind[0], "");
            if (!language.isEmpty() && !language.equals("zxx") && !language.equals("none")) {
                StringBuilder tag = new StringBuilder(language);
                String script = attributes.getOrDefault(kind[2], "");
                if (!script.isEmpty()) {
                    tag.append('-').append(script);
                }
                String country = attributes.getOrDefault(kind[1], "");
                if (!country.isEmpty() && !country.equals("none")) {
                    tag.append('-').append(country);
                }
                return tag.toString();
            }
        }
        return "";
    }
}
