package io.github.bulletinkit.reading;

import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;

/**
 * The languages of a document as read: its own, which a run without {@code w:lang} is in, and the tags the
 * bulletin marked its runs with ({@link BulletinProperties#languages()}). A run's tag reads back as the bulletin
 * wrote it. Editors rewrite tags as their own tables have them: LibreOffice gives a tag without a region the one
 * it thinks likely ({@code cy} becomes {@code cy-GB}, {@code en} {@code en-US}) and drops a script it takes as
 * usual ({@code sr-Cyrl} becomes {@code sr}). So a tag that the bulletin did not mark with reads as the one tag it
 * did that the tag adds a region to, else as the one tag it did of the same language, else as the document's
 * when it is of the document's language; the bulletin's tags come before the document's, for a run that the
 * bulletin marked is in another language than the document's. A tag rewritten as another language's
 * (LibreOffice writes {@code pa-Arab} as {@code pnb-Arab}) stays as it is. A tag that is no language
 * ({@code x-none}, which Word writes for none) says nothing. Immutable.
 */
public final class DocumentLanguages {

    private final String document;
    private final List<String> declared = new ArrayList<>();

    /**
     * @param document the document's language, a BCP 47 tag
     * @param declared the tags the bulletin marked runs with; empty when it kept none
     */
    public DocumentLanguages(String document, List<String> declared) {
        this.document = document;
        for (String tag : declared) {
            if (isLanguage(tag) && this.declared.stream().noneMatch(tag::equalsIgnoreCase)) {
                this.declared.add(tag);
            }
        }
    }

    /** The document's language. */
    public String document() {
        return document;
    }

    /** The language of a run whose {@code w:lang} gives {@code written}: the document's when it gives none. */
    public String of(String written) {
        if (!isLanguage(written)) {
            return document;
        }
        for (String tag : declared) {
            if (tag.equalsIgnoreCase(written)) {
                return tag;
            }
        }
        List<String> regionless = declared.stream().filter(tag -> widens(tag, written)).toList();
        if (regionless.size() == 1) {
            return regionless.get(0);
        }
        List<String> sameLanguage = declared.stream().filter(tag -> sameLanguage(tag, written)).toList();
        if (sameLanguage.size() == 1) {
            return sameLanguage.get(0);
        }
        return sameLanguage(document, written) ? document : written;
    }

    /**
     * The language of a run as the model marks it, inside text in {@code surrounding}: empty when the run is in
     * that language, else its own.
     *
     * @param written what the run's {@code w:lang} gives; empty for none
     * @param surrounding the language around the run, such as its entry's
     */
    public String relative(String written, String surrounding) {
        String language = of(written);
        return language.equalsIgnoreCase(surrounding) ? "" : language;
    }

    private static boolean sameLanguage(String tag, String written) {
        return Locale.forLanguageTag(tag).getLanguage().equals(Locale.forLanguageTag(written).getLanguage());
    }

    /** Whether {@code written} is {@code tag} with a region added, as an editor writes it. */
    private static boolean widens(String tag, String written) {
        Locale narrow = Locale.forLanguageTag(tag);
        Locale wide = Locale.forLanguageTag(written);
        return narrow.getLanguage().equals(wide.getLanguage()) && narrow.getCountry().isEmpty()
                && narrow.getVariant().isEmpty() && !wide.getCountry().isEmpty()
                && (narrow.getScript().isEmpty() || narrow.getScript().equals(wide.getScript()));
    }

    /** Whether a tag names a language: well formed, and not private use alone ({@code x-none}). */
    private static boolean isLanguage(String tag) {
        if (tag.isBlank() || tag.regionMatches(true, 0, "x-", 0, 2)) {
            return false;
        }
        try {
            new Locale.Builder().setLanguageTag(tag);
            return true;
        } catch (IllformedLocaleException e) {
            return false;
        }
    }
}
