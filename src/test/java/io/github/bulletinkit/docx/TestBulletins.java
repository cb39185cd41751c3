package io.github.bulletinkit.docx;

import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.Entry;
import io.github.bulletinkit.model.Link;
import io.github.bulletinkit.model.RichText;
import io.github.bulletinkit.model.Run;
import io.github.bulletinkit.model.Style;
import java.time.LocalDate;

/** Bulletins that exercise one feature of the DOCX layout each. */
final class TestBulletins {

    static final String FRAGMENT_URL = "https://example.org/guidance/report.html#section-2";
    static final String QUERY_URL = "https://example.org/search?a=1&b=2";
    static final String MAILTO_URL = "mailto:safeguarding@example.org";
    static final String INLINE_URL = "https://example.org/inline";

    private TestBulletins() {
    }

    /** One entry, plain text, no links, no subtitle or publisher. */
    static Bulletin minimal() {
        return Bulletin.builder("Weekly Notes")
                .entry(Entry.builder().topic("Only topic").source("Only source").published(LocalDate.of(2025, 3, 4))
                        .paragraph("Only paragraph.").build())
                .build();
    }

    /** Emphasis, inline links, breaks and tabs, several paragraphs, links with and without URLs. */
    static Bulletin rich() {
        return Bulletin.builder("Rich Bulletin").subtitle("Every kind of text").publisher("Example Partnership")
                .entry(Entry.builder().topic("Emphasis and links").source("Example Source")
                        .published(LocalDate.of(2025, 1, 6))
                        .paragraph(RichText.builder().text("Plain, ").bold("bold").text(", ").italic("italic")
                                .text(", ").underline("underlined").text(" and ")
                                .add(Run.styled("all three", Style.BOLD, Style.ITALIC, Style.UNDERLINE))
                                .text(". See ").link("the guidance", INLINE_URL).text(" now.").build())
                        .paragraph("First line\nsecond line\tafter a tab.")
                        .paragraph(RichText.builder().link("Split ", QUERY_URL)
                                .add(Run.link("link", QUERY_URL, Style.BOLD)).text(" ends here.").build())
                        .link("Read the report:", "Report with a section", FRAGMENT_URL)
                        .link("Search:", "Query with two parameters", QUERY_URL)
                        .link(new Link("Write to", RichText.builder().italic("the team").build(), MAILTO_URL))
                        .link(Link.of("Ask at", "the front desk"))
                        .build())
                .entry(Entry.builder().topic("No links").source("Second Source").published(LocalDate.of(2024, 12, 31))
                        .paragraph("A row whose link cell is empty.").paragraph("It has a second paragraph.").build())
                .build();
    }

    /** Welsh, Polish, Greek and Russian, with the bulletin's language Welsh. */
    static Bulletin multilingual() {
        return Bulletin.builder("Diweddariadau Diogelu").subtitle("Ŵyl Dewi – Gŵyl y Gwanwyn").language("cy-GB")
                .columns("Gwybodaeth", "Dolen")
                .entry(Entry.builder().topic("Cymraeg: ŵ ŷ â ê î ô û").source("Llywodraeth Cymru")
                        .published(LocalDate.of(2025, 3, 1))
                        .paragraph("Mae’r canllawiau newydd yn helpu plant a phobl ifanc ym mhob ysgol.")
                        .link("Darllenwch:", "Canllawiau’r Gŵyl", "https://example.org/cy").build())
                .entry(Entry.builder().topic("Polski: zażółć gęślą jaźń").source("Rzecznik Praw Dziecka")
                        .published(LocalDate.of(2025, 2, 14))
                        .paragraph("Zażółć gęślą jaźń. Pchnąć w tę łódź jeża lub ośm skrzyń fig.").build())
                .entry(Entry.builder().topic("Ελληνικά: Ξεσκεπάζω την ψυχοφθόρα βδελυγμία")
                        .source("Υπουργείο Παιδείας").published(LocalDate.of(2025, 1, 20))
                        .paragraph("Τάχιστη αλώπηξ βαφής ψημένη γη, δρασκελίζει υπέρ νωθρού κυνός.").build())
                .entry(Entry.builder().topic("Русский: Съешь же ещё этих мягких французских булок")
                        .source("Министерство просвещения").published(LocalDate.of(2025, 1, 10))
                        .paragraph("В чащах юга жил бы цитрус? Да, но фальшивый экземпляр!").build())
                .build();
    }

    /** {@code count} entries, each with a long summary and two links. */
    static Bulletin many(int count) {
        Bulletin.Builder bulletin = Bulletin.builder("Many Entries");
        for (int i = 1; i <= count; i++) {
            bulletin.entry(Entry.builder().topic("Topic " + i).source("Source " + i)
                    .published(LocalDate.of(2024, 1, 1).plusDays(i % 365))
                    .paragraph("Entry " + i + " opens its summary. " + "It goes on for a while. ".repeat(12))
                    .paragraph(RichText.builder().text("Entry " + i + " has a ").bold("second")
                            .text(" paragraph with ").link("a link", "https://example.org/" + i).text(".").build())
                    .link("Read the report:", "Report " + i, "https://example.org/report/" + i)
                    .link("See also:", "Shared page", "https://example.org/shared")
                    .build());
        }
        return bulletin.build();
    }
}
