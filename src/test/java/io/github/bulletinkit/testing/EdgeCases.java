package io.github.bulletinkit.testing;

import io.github.bulletinkit.format.Margins;
import io.github.bulletinkit.format.Orientation;
import io.github.bulletinkit.format.PageSize;
import io.github.bulletinkit.format.RenderOptions;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.Entry;
import io.github.bulletinkit.model.Link;
import io.github.bulletinkit.model.RichText;
import io.github.bulletinkit.model.Run;
import io.github.bulletinkit.model.Style;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Valid bulletins at the edges of what the model admits, each named for the edge it stands on: the least a
 * bulletin can hold, empty optional fields, very long words and addresses, fifty links in one entry, a row
 * longer than two pages, every script the PDF font has, markup and odd white space taken as text, many entries.
 * Some are laid out with the extremes of the options too: the narrowest columns, the largest text.
 */
public final class EdgeCases {

    private static final LocalDate DAY = LocalDate.of(2025, 1, 6);

    /** One bulletin laid out with one set of options. */
    public record Case(String name, Bulletin bulletin, RenderOptions options) {
        @Override
        public String toString() {
            return name;
        }
    }

    private EdgeCases() {
    }

    /** Every bulletin with the default options, then the hardest of them with extreme options. */
    public static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        Map<String, Bulletin> bulletins = bulletins();
        bulletins.forEach((name, bulletin) -> cases.add(new Case(name, bulletin, RenderOptions.defaults())));
        // Content two inches wide, the Link column 15% of it: 21.6 points, three times the 7-point text.
        RenderOptions narrowest = RenderOptions.builder().margins(new Margins(72, 225.638f, 72, 225.638f))
                .baseFontSize(7).informationShare(0.85f).build();
        RenderOptions largest = RenderOptions.builder().baseFontSize(24).informationShare(0.85f).build();
        RenderOptions smallest = RenderOptions.builder().pageSize(PageSize.LETTER).orientation(Orientation.LANDSCAPE)
                .margins(Margins.millimetres(6)).baseFontSize(6).informationShare(0.3f).build();
        for (String name : List.of("long words and addresses", "fifty links in one entry",
                "every script the font has")) {
            cases.add(new Case(name + ", narrowest columns", bulletins.get(name), narrowest));
            cases.add(new Case(name + ", largest text", bulletins.get(name), largest));
            cases.add(new Case(name + ", smallest text, narrow margins", bulletins.get(name), smallest));
        }
        return cases;
    }

    /** Every bulletin, by name, in a fixed order. */
    public static Map<String, Bulletin> bulletins() {
        Map<String, Bulletin> cases = new LinkedHashMap<>();
        cases.put("the least a bulletin holds", Bulletin.builder("T")
                .entry(Entry.builder().topic("a").source("b").published(LocalDate.of(1, 1, 1)).paragraph("c").build())
                .build());
        cases.put("empty optional fields", Bulletin.builder("Optional fields left empty").columns("i", "l")
                .entry(Entry.builder().topic("No links").source("s").published(LocalDate.of(9999, 12, 31))
                        .paragraph("This entry has no links.").build())
                .entry(Entry.builder().topic("Links with parts missing").source("s").published(DAY)
                        .paragraph("x")
                        .link("", "Neither a prefix nor an address", "")
                        .link("A prefix:", "but no address", "")
                        .link("", "An address but no prefix", "https://example.org/")
                        .link(new Link("", RichText.builder().text(" ").bold("x").text(" ").build(), ""))
                        .build())
                .build());
        cases.put("long words and addresses", longWords());
        cases.put("fifty links in one entry", fiftyLinks());
        cases.put("a row longer than two pages", longRow());
        cases.put("every script the font has", everyScript());
        cases.put("markup and odd white space as text", markupAsText());
        cases.put("many entries", manyEntries(120));
        return cases;
    }

    private static Bulletin longWords() {
        String word = "Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch";
        String longUrl = "https://example.org/" + "segment/".repeat(240) + "end?q=" + "a".repeat(100) + "#part";
        return Bulletin.builder(word.repeat(4)).subtitle("x".repeat(500)).publisher("p".repeat(300))
                .entry(Entry.builder().topic(word.repeat(6)).source("s".repeat(200)).published(DAY)
                        .paragraph(RichText.builder().text("Before " + "w".repeat(1000) + " after, then ")
                                .link(word.repeat(5), longUrl).text(" and ")
                                .link("mail", "mailto:" + "someone.".repeat(20) + "x@example.org").build())
                        .link("Read:", word.repeat(8), longUrl)
                        .link("m".repeat(150) + ":", "An ordinary text", "https://example.org/" + "ż".repeat(300))
                        .build())
                .build();
    }

    private static Bulletin fiftyLinks() {
        Entry.Builder entry = Entry.builder().topic("Fifty links").source("Many sources").published(DAY)
                .paragraph("A summary with fifty links beside it.");
        for (int i = 1; i <= 50; i++) {
            String url = switch (i % 5) {
                case 0 -> "";
                case 1 -> "https://example.org/shared";
                case 2 -> "mailto:team" + i + "@example.org?subject=Link%20" + i;
                default -> "https://example.org/links/" + i + "?a=" + i + "&b=" + (i * 2) + "#s" + i;
            };
            RichText text = i % 3 == 0
                    ? RichText.builder().text("Link ").add(Run.styled(Integer.toString(i), Style.BOLD, Style.ITALIC))
                            .underline(" underlined").build()
                    : RichText.of("Link number " + i);
            entry.link(new Link(i % 2 == 0 ? "" : "Read " + i + ":", text, url));
        }
        return Bulletin.builder("Fifty links").entry(entry.build()).build();
    }

    private static Bulletin longRow() {
        Entry.Builder entry = Entry.builder().topic("One entry, many paragraphs").source("A long report")
                .published(DAY);
        for (int i = 1; i <= 150; i++) {
            entry.paragraph(RichText.builder().text("Paragraph " + i + " of the long entry, ").bold("with bold")
                    .text(" and ").link("a link", "https://example.org/p/" + i).text(".").build());
        }
        entry.link("Read:", "The long report", "https://example.org/long");
        return Bulletin.builder("A row longer than two pages").entry(shortEntry("Before"))
                .entry(entry.build()).entry(shortEntry("After")).build();
    }

    private static Bulletin everyScript() {
        String[][] texts = {
            {"English and French", "The quick brown fox. Œuvre, façade, « guillemets », naïve, déjà vu."},
            {"German and Icelandic", "Straße, Größe, Äpfel, Übermut; þorn, eð, Ísland."},
            {"Welsh and Irish", "Mae’r ŵyn yn y cae a’r ŷd yn y sgubor; Dia dhuit, fáilte, ẃ ẁ ẅ ỳ."},
            {"Polish, Czech and Slovak", "Zażółć gęślą jaźń; Příliš žluťoučký kůň úpěl ďábelské ódy; ľ ĺ ŕ."},
            {"Hungarian, Romanian and Turkish", "Árvíztűrő tükörfúrógép; Știință, țară; Ağaç, ılık, İstanbul, şeker."},
            {"Vietnamese", "Tiếng Việt có dấu: Đường phố, người dân, ở đây, được rồi, nghiêng."},
            {"Greek", "Ξεσκεπάζω την ψυχοφθόρα βδελυγμία; Ἐν ἀρχῇ ἦν ὁ λόγος, ᾠδή, ῥήτωρ."},
            {"Russian and Ukrainian", "Съешь же ещё этих мягких французских булок; Їжак, єнот, ґанок, ці."},
            {"Serbian, Bulgarian and Kazakh", "Ђак, љубав, њива, ћуп, џеп, ј; Щастие, ъгъл; Әке, ғалым, қала, ңғ, өнер, ұл, үй, һ."},
            {"Symbols", "€5, £4, ¥3, ₴2, ₪1, ‰, †, ‡, •, ‹a›, ‚b‘, ±, ×, ÷, −, ≤, ≥, ≠, ∞, №, ©, ®, ™, ½, ¼, ¾, °."},
            {"Phonetics", "ʃ ʒ ə ŋ θ ð ɪ ʊ ɛ ɔ æ ɑ ʌ ˈ ˌ ː."}};
        Bulletin.Builder bulletin = Bulletin.builder("Ŵyn, Łódź, Ελληνικά, Кириллица, Tiếng Việt").language("cy-GB")
                .subtitle("Pob sgript").publisher("Partneriaeth").columns("Gwybodaeth", "Dolen");
        for (String[] text : texts) {
            bulletin.entry(Entry.builder().topic(text[0]).source(text[0]).published(DAY)
                    .paragraph(RichText.builder().text(text[1] + " ").bold(text[1]).text(" ").italic(text[1]).build())
                    .link(text[0] + ":", text[1], "https://example.org/" + text[1].substring(0, 8).replace(' ', '-'))
                    .build());
        }
        return bulletin.build();
    }

    private static Bulletin markupAsText() {
        String markup = "<b>not bold</b> <script>alert(1)</script> &amp; &#65; &lt; <!-- comment --> ]]> \"quoted\""
                + " 'single' (parens) \\backslash\\ %percent /Name <<dict>> [array]";
        String space = "  two spaces,\ttab,\nline break,\n\nblank line, no\u00A0break, soft\u00ADhyphen,"
                + " zero\u200Bwidth, zw\u200Cnj, zw\u200Dj, e\u0301 composed later, lrm\u200E.  ";
        return Bulletin.builder(" " + markup + " ").subtitle("\ttab first").publisher("<Publisher & Co>")
                .columns("<Information>", "&Link;")
                .entry(Entry.builder().topic(markup).source("<source> & \"friends\"").published(DAY)
                        .paragraph(markup)
                        .paragraph(space)
                        .paragraph(RichText.builder().text(" ").bold("\n").text("x").italic(" ")
                                .link("<a href=\"x\">", "https://example.org/?a=%3C&b=%3E")
                                .underline("\t").build())
                        .link("<Read>:", markup, "https://example.org/a&b?c=d&e='f'")
                        .link("&", space, "")
                        .build())
                .build();
    }

    private static Bulletin manyEntries(int count) {
        Bulletin.Builder bulletin = Bulletin.builder("Many entries").subtitle(count + " of them");
        for (int i = 1; i <= count; i++) {
            bulletin.entry(Entry.builder().topic("Entry " + i).source("Source " + i)
                    .published(DAY.minusDays(i))
                    .paragraph("Entry " + i + " has a summary of a sentence or two. " + "It goes on. ".repeat(i % 7))
                    .link("Read " + i + ":", "Report " + i, "https://example.org/" + i)
                    .build());
        }
        return bulletin.build();
    }

    private static Entry shortEntry(String topic) {
        return Entry.builder().topic(topic).source("Source").published(DAY).paragraph(topic + " the long row.")
                .link("See:", topic, "https://example.org/" + topic).build();
    }
}
