package io.github.bulletinkit.testing;

import static org.assertj.core.api.Assertions.fail;

import io.github.bulletinkit.layout.Words;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.Entry;
import io.github.bulletinkit.model.Link;
import io.github.bulletinkit.model.RichText;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The words a bulletin shows, in the order a reader meets them, and an assertion that a document's text has
 * them all in that order. White space of any kind (spaces, tabs, line breaks, no-break spaces) only separates
 * words, and text is compared in Unicode's composed form, since readers may give accents either way.
 */
public final class ReadingOrder {

    private static final Pattern SPACE = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern INVISIBLE = Pattern.compile("[\\s\\p{Z}\\p{Cf}]+");

    private ReadingOrder() {
    }

    /** What comes above the table: the title and the subtitle. */
    public static List<String> titleWords(Bulletin bulletin) {
        return words(List.of(bulletin.title(), bulletin.subtitle()));
    }

    /** What the left column shows under its heading: each entry's topic, source, date and summary. */
    public static List<String> informationWords(Bulletin bulletin) {
        List<String> texts = new ArrayList<>();
        bulletin.entries().forEach(entry -> texts.addAll(information(entry, bulletin)));
        return words(texts);
    }

    /** What the right column shows under its heading: every link, prefix then text. */
    public static List<String> linkWords(Bulletin bulletin) {
        return words(bulletin.entries().stream().flatMap(entry -> links(entry).stream()).toList());
    }

    /** Everything, row by row: above the table, then each entry's information followed by its links. */
    public static List<String> words(Bulletin bulletin) {
        List<String> texts = heading(bulletin);
        for (Entry entry : bulletin.entries()) {
            texts.addAll(information(entry, bulletin));
            texts.addAll(links(entry));
        }
        return words(texts);
    }

    /**
     * What every format says, in order, whatever its layout: the title and subtitle, then each entry's
     * information and links; not the column headings, which a format without a table (plain text) leaves out.
     */
    public static List<String> contentWords(Bulletin bulletin) {
        List<String> texts = new ArrayList<>(List.of(bulletin.title(), bulletin.subtitle()));
        for (Entry entry : bulletin.entries()) {
            texts.addAll(information(entry, bulletin));
            texts.addAll(links(entry));
        }
        return words(texts);
    }

    private static List<String> heading(Bulletin bulletin) {
        return new ArrayList<>(List.of(bulletin.title(), bulletin.subtitle(), bulletin.informationHeading(),
                bulletin.linkHeading()));
    }

    private static List<String> information(Entry entry, Bulletin bulletin) {
        List<String> texts = new ArrayList<>(List.of(entry.topic(), Words.of(bulletin.locale()).sourceLine(entry.source()),
                Words.of(bulletin.locale()).publishedLine(entry.published())));
        entry.summary().stream().map(RichText::plainText).forEach(texts::add);
        return texts;
    }

    private static List<String> links(Entry entry) {
        return entry.links().stream().map(Link::plainText).toList();
    }

    /**
     * Fails unless {@code text} holds each of {@code words} as a whole word, in order; other words may come
     * between them (page footers, repeated header rows).
     */
    public static void assertWordsInOrder(String text, List<String> words, String what) {
        List<String> found = words(List.of(text));
        int at = 0;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            int next = found.subList(at, found.size()).indexOf(word);
            if (next < 0) {
                String before = String.join(" ", found.subList(Math.max(0, at - 8), at));
                fail("%s: word %d of %d, \"%s\", is missing after \"%s\"; the words expected around it: %s%n"
                        + "the text:%n%s", what, i + 1, words.size(), word, before,
                        words.subList(Math.max(0, i - 5), Math.min(words.size(), i + 6)), text);
            }
            at += next + 1;
        }
    }

    /**
     * Fails unless {@code text} holds each of {@code words} in order once all white space and invisible
     * characters are gone: for text whose long words break across lines wherever they must.
     */
    public static void assertLettersInOrder(String text, List<String> words, String what) {
        String letters = squeeze(text);
        int at = 0;
        for (int i = 0; i < words.size(); i++) {
            String word = squeeze(words.get(i));
            int found = letters.indexOf(word, at);
            if (found < 0) {
                fail("%s: word %d of %d, \"%s\", is missing after character %d of the text without spaces:%n%s",
                        what, i + 1, words.size(), shorten(word), at,
                        shorten(letters.substring(Math.max(0, at - 200))));
            }
            at = found + word.length();
        }
    }

    /** {@code text} without {@code words} at its start, white space aside; all of it when they are not there. */
    public static String withoutLeading(String text, String words) {
        String wanted = squeeze(words);
        int matched = 0;
        for (int i = 0; i < text.length(); i++) {
            if (matched == wanted.length()) {
                return text.substring(i);
            }
            String here = text.substring(i, i + 1);
            if (!squeeze(here).isEmpty()) {
                if (wanted.charAt(matched) != text.charAt(i)) {
                    return text;
                }
                matched++;
            }
        }
        return matched == wanted.length() ? "" : text;
    }

    private static List<String> words(List<String> texts) {
        return texts.stream()
                .map(text -> Normalizer.normalize(text, Normalizer.Form.NFC))
                .flatMap(SPACE::splitAsStream)
                .filter(word -> !word.isEmpty())
                .toList();
    }

    /** Without white space, and without invisible format characters (soft hyphens, joiners), which readers may drop. */
    private static String squeeze(String text) {
        return INVISIBLE.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll("");
    }

    private static String shorten(String text) {
        return text.length() <= 400 ? text : text.substring(0, 400) + "…";
    }
}
