package io.github.bulletinkit.testing;

import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.Entry;
import io.github.bulletinkit.model.Label;
import io.github.bulletinkit.model.Link;
import io.github.bulletinkit.model.RichText;
import io.github.bulletinkit.model.Run;
import io.github.bulletinkit.model.Section;
import io.github.bulletinkit.model.Style;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;

/**
 * Valid bulletins made at random from a seed, of entries alone or of sections. The same seed gives the same bulletin on every run and every
 * JVM ({@link Random} is specified to), so a failure names its seed and reproduces.
 *
 * <p>The text mixes English, Welsh, Polish, Greek and Cyrillic words with punctuation, curly quotes, markup
 * characters taken as text ({@code <}, {@code &}), tabs, line breaks and no-break spaces; summaries carry
 * emphasis, some of it inside a word, and inline links; optional fields are often empty. Each bulletin is small:
 * a few entries whose rows fit on one page. {@link #multilingual} bulletins also give their entries and runs
 * languages of their own, and some override labels.
 */
public final class RandomBulletins {

    private static final String[] ALPHABETS = {
        "abcdefghijklmnopqrstuvwxyz",
        "abcdefghilmnoprstuwyâêîôûŵŷ",
        "aąbcćdeęfghijklłmnńoóprsśtuwyzźż",
        "αβγδεζηθικλμνξοπρστυφχψωάέήίόύώϊϋ",
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"};
    /**
     * Letters of scripts that are shaped or written right to left, with Latin among them: Arabic, Hebrew,
     * Devanagari, Bengali and Gurmukhi letters and vowel signs in any order (a sign may come first, or two
     * together, as a careless editor types them), Chinese characters, and Latin.
     */
    private static final String[] SCRIPTS = {
        "ابتثجحخدذرزسشصضطظعغفقكلمنهويأإآةىءؤئ",
        "אבגדהוזחטיכךלמםנןסעפףצץקרשת",
        "कखगघचछजझटठडढणतथदधनपफबभमयरलवशषसहािीुूेैोौंः्",
        "কখগঘচছজঝটঠডঢণতথদধনপফবভমযরলশষসহািীুূেৈোৌং্",
        "ਕਖਗਘਚਛਜਝਟਠਡਢਣਤਥਦਧਨਪਫਬਭਮਯਰਲਵਸ਼ਸਹਾਿੀੁੂੇੈੋੌਂ੍",
        "的一是不了人我在有他这中大来上个国到说们为子和你地出道也时年儿童网络安全家长指南",
        "abcdefghijklmnopqrstuvwxyz0123456789"};
    private static final String[] LANGUAGES = {"en-GB", "cy-GB", "pl-PL", "el-GR", "ru-RU"};
    /** Bulletins' languages: with labels built in or without, with and without a region, of every script kind. */
    private static final String[] BULLETIN_LANGUAGES = {"en-GB", "en", "cy", "cy-GB", "pl", "zh", "ar"};
    /** Entries' and runs' languages: some without a region, which editors give one, and some near others. */
    private static final String[] PART_LANGUAGES = {"cy", "cy-GB", "en", "en-GB", "pl", "de-CH", "zh", "ja-JP",
        "ar", "he", "hi", "sr-Latn"};
    private static final String[] OPENERS = {"‘", "“", "(", "«", "„", "\""};
    private static final String[] CLOSERS = {".", ",", ";", ":", "!", "?", "…", "’", "”", ")", "»", "’s", "\""};
    private static final String[] ODD_WORDS = {"&", "<", ">", "<5", "&amp;", "<b>", "R&D", "x<y", "–", "—",
        "100%", "£5", "€10", "#1", "@home", "O’Brien", "well-known", "e-mail", "a/b", "[1]", "{x}", "\\"};
    private static final String[] SEPARATORS = {" ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ",
        "  ", "\t", "\n", "\u00A0", " \n"};

    private final Random random;
    private final String[] alphabets;
    private final String alphabet;
    /** Whether links may call telephone numbers: only in bulletins of sections, so the others stay as they were. */
    private final boolean telephones;
    /** Whether entries and runs get languages: only in multilingual bulletins, so the others stay as they were. */
    private final boolean languages;
    /** The language of the text being made, which a run is in unless it names another. */
    private String surrounding = "";

    private RandomBulletins(long seed, boolean telephones) {
        this(seed, telephones, false);
    }

    private RandomBulletins(long seed, boolean telephones, boolean languages) {
        this(seed, telephones, languages, ALPHABETS);
    }

    private RandomBulletins(long seed, boolean telephones, boolean languages, String[] alphabets) {
        this.random = new Random(seed);
        this.alphabets = alphabets;
        this.alphabet = pick(alphabets);
        this.telephones = telephones;
        this.languages = languages;
    }

    /** The seeds tests run: fixed, so that every run checks the same bulletins. */
    public static LongStream seeds(int count) {
        return LongStream.range(0, count).map(i -> 20_250_106L + i);
    }

    /** The bulletin of {@code seed}. */
    public static Bulletin bulletin(long seed) {
        return new RandomBulletins(seed, false).bulletin();
    }

    /**
     * The bulletin of sections of {@code seed}: one to four sections of one to three entries, often an
     * introduction and a closing, and links that may call a telephone number (tel:) as well.
     */
    public static Bulletin sectioned(long seed) {
        return new RandomBulletins(seed, true).sectioned();
    }

    /**
     * The multilingual bulletin of {@code seed}: in one of several languages (with labels built in or not, of
     * Latin, East Asian and right-to-left scripts), of entries or of sections, often with an introduction and a
     * closing; entries often in another language than the bulletin's, runs in yet another, or back in the
     * bulletin's; some labels overridden. No part names the language it is in already.
     */
    public static Bulletin multilingual(long seed) {
        return new RandomBulletins(seed, true, true).multilingual();
    }

    /**
     * The bulletin of {@code seed} in other scripts: a multilingual bulletin whose words are Arabic, Hebrew,
     * Devanagari, Bengali, Gurmukhi, Chinese or Latin, mixed within a paragraph, digits among them.
     */
    public static Bulletin scripts(long seed) {
        return new RandomBulletins(seed, true, true, SCRIPTS).multilingual();
    }

    private Bulletin multilingual() {
        String language = pick(BULLETIN_LANGUAGES);
        Bulletin.Builder bulletin = Bulletin.builder(words(1, 8))
                .subtitle(chance(50) ? "" : words(1, 8))
                .publisher(chance(50) ? "" : words(1, 5))
                .language(language);
        if (chance(30)) {
            bulletin.label(Label.SOURCE, words(1, 2) + ":").label(Label.PUBLISHED, words(1, 3) + ":")
                    .label(Label.INFORMATION, words(1, 2)).label(Label.PAGE, words(1, 2) + " {page} / {pages}");
        }
        surrounding = language;
        for (int i = between(0, 2); i > 0; i--) {
            bulletin.introduction(richText(1, 20, true));
        }
        boolean sectioned = chance(50);
        for (int i = sectioned ? between(1, 3) : 1; i > 0; i--) {
            List<Entry> entries = new ArrayList<>();
            for (int j = between(1, 3); j > 0; j--) {
                entries.add(entry(language));
            }
            if (sectioned) {
                bulletin.section(new Section(words(1, 6), entries));
            } else {
                bulletin.entries(entries);
            }
        }
        surrounding = language;
        for (int i = between(0, 2); i > 0; i--) {
            bulletin.closing(richText(1, 20, true));
        }
        return bulletin.build();
    }

    /** An entry often in another language than {@code bulletin}'s. */
    private Entry entry(String bulletin) {
        String language = chance(40) ? other(bulletin) : "";
        surrounding = language.isEmpty() ? bulletin : language;
        Entry made = entry();
        return new Entry(made.topic(), made.source(), made.published(), made.summary(), made.links(), language);
    }

    /** A part language other than {@code language}. */
    private String other(String language) {
        String other = pick(PART_LANGUAGES);
        return other.equalsIgnoreCase(language) ? other(language) : other;
    }

    private Bulletin bulletin() {
        Bulletin.Builder bulletin = Bulletin.builder(words(1, 8))
                .subtitle(chance(50) ? "" : words(1, 8))
                .publisher(chance(50) ? "" : words(1, 5))
                .language(pick(LANGUAGES));
        if (chance(40)) {
            bulletin.columns(words(1, 3), words(1, 3));
        }
        for (int i = between(1, 4); i > 0; i--) {
            bulletin.entry(entry());
        }
        return bulletin.build();
    }

    private Bulletin sectioned() {
        Bulletin.Builder bulletin = Bulletin.builder(words(1, 8))
                .subtitle(chance(50) ? "" : words(1, 8))
                .publisher(chance(50) ? "" : words(1, 5))
                .language(pick(LANGUAGES));
        if (chance(40)) {
            bulletin.columns(words(1, 3), words(1, 3));
        }
        for (int i = between(0, 3); i > 0; i--) {
            bulletin.introduction(richText(1, 30, true));
        }
        for (int i = between(1, 4); i > 0; i--) {
            List<Entry> entries = new ArrayList<>();
            for (int j = between(1, 3); j > 0; j--) {
                entries.add(entry());
            }
            bulletin.section(new Section(words(1, 6), entries));
        }
        for (int i = between(0, 2); i > 0; i--) {
            bulletin.closing(richText(1, 20, true));
        }
        return bulletin.build();
    }

    private Entry entry() {
        Entry.Builder entry = Entry.builder().topic(words(1, 10)).source(words(1, 5))
                .published(LocalDate.of(1990, 1, 1).plusDays(random.nextInt(50 * 365)));
        for (int i = between(1, 3); i > 0; i--) {
            entry.paragraph(richText(3, 30, true));
        }
        for (int i = between(0, 4); i > 0; i--) {
            entry.link(new Link(chance(40) ? "" : words(1, 3) + ":", richText(1, 6, false), chance(30) ? "" : url()));
        }
        return entry.build();
    }

    /** Words split into runs of one to six, each with its own emphasis, some of them links. */
    private RichText richText(int fewest, int most, boolean links) {
        RichText.Builder text = RichText.builder();
        StringBuilder run = new StringBuilder();
        int count = between(fewest, most);
        for (int i = 0; i < count; i++) {
            run.append(word());
            if (i == count - 1 || chance(25)) {
                if (run.length() > 1 && chance(10)) {
                    // Emphasis that changes inside a word.
                    int middle = run.offsetByCodePoints(0, run.codePointCount(0, run.length()) / 2);
                    text.add(run(run.substring(0, middle), false));
                    run.delete(0, middle);
                }
                if (i < count - 1) {
                    run.append(separator());
                }
                text.add(run(run.toString(), links && chance(15)));
                run.setLength(0);
            } else {
                run.append(separator());
            }
        }
        return text.build();
    }

    private Run run(String text, boolean link) {
        Set<Style> styles = EnumSet.noneOf(Style.class);
        for (Style style : Style.values()) {
            if (chance(20)) {
                styles.add(style);
            }
        }
        String url = link ? url() : "";
        // Only in multilingual bulletins: the others make the very runs they made before.
        return new Run(text, styles, url, languages && chance(15) ? other(surrounding) : "");
    }

    private String words(int fewest, int most) {
        StringBuilder text = new StringBuilder(word());
        for (int i = between(fewest, most) - 1; i > 0; i--) {
            text.append(separator()).append(word());
        }
        return text.toString();
    }

    private String word() {
        if (chance(8)) {
            return pick(ODD_WORDS);
        }
        String letters = chance(70) ? alphabet : pick(alphabets);
        StringBuilder word = new StringBuilder();
        for (int i = between(1, 10); i > 0; i--) {
            word.append(letters.charAt(random.nextInt(letters.length())));
        }
        if (chance(20)) {
            word.replace(0, 1, word.substring(0, 1).toUpperCase(Locale.ROOT));
        }
        return (chance(12) ? pick(OPENERS) : "") + word + (chance(25) ? pick(CLOSERS) : "");
    }

    private String separator() {
        return pick(SEPARATORS);
    }

    private String url() {
        if (telephones && chance(15)) {
            return "tel:+44" + (1000000000L + random.nextInt(1_000_000_000));
        }
        return switch (random.nextInt(5)) {
            case 0 -> "mailto:news@example.org";
            case 1 -> "https://example.org/" + letters(ALPHABETS[0]) + "?q=" + letters(ALPHABETS[0])
                    + "&n=" + random.nextInt(100);
            case 2 -> "https://example.org/" + letters(pick(ALPHABETS)) + "#" + letters(ALPHABETS[0]);
            case 3 -> "http://example.com:8080/a_b-c~d/(" + random.nextInt(10) + ")";
            default -> "https://example.org/" + letters(ALPHABETS[0]) + "/" + letters(ALPHABETS[0]);
        };
    }

    private String letters(String alphabet) {
        StringBuilder letters = new StringBuilder();
        for (int i = between(1, 12); i > 0; i--) {
            letters.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return letters.toString();
    }

    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    private int between(int fewest, int most) {
        return fewest + random.nextInt(most - fewest + 1);
    }

    private String pick(String[] choices) {
        return choices[random.nextInt(choices.length)];
    }
}
