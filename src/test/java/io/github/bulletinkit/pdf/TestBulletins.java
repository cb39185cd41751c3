package io.github.bulletinkit.pdf;

import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.Entry;
import io.github.bulletinkit.model.RichText;
import java.time.LocalDate;
import java.util.List;
import java.util.StringJoiner;

/** Bulletins for the PDF tests, built with the model's builders. */
final class TestBulletins {

    private TestBulletins() {
    }

    /** One entry whose summary has every kind of emphasis and inline links with a fragment and a query. */
    static Entry richEntry() {
        return Entry.builder()
                .topic("Emphasis and links")
                .source("BulletinKit tests")
                .published(LocalDate.of(2025, 2, 3))
                .paragraph(RichText.builder()
                        .text("Plain words, then ")
                        .bold("bold words")
                        .text(", ")
                        .italic("italic words")
                        .text(", ")
                        .underline("underlined words")
                        .text(" and an inline ")
                        .link("link with a fragment", "https://example.org/guide.html#section-2")
                        .text(".")
                        .build())
                .paragraph(RichText.builder()
                        .text("A second paragraph\nwith a line break,\ta tab and a ")
                        .link("query link", "https://example.org/search?a=1&b=2")
                        .text(" at its end.")
                        .build())
                .link("Read the guide:", "Guide to everything", "https://example.org/guide?x=1&y=2#top")
                .link("Unknown address:", "A report without a URL", "")
                .build();
    }

    /** A bulletin of {@code count} numbered entries, each with a summary of a few sentences and a link. */
    static Bulletin numbered(int count) {
        Bulletin.Builder builder = Bulletin.builder("A long bulletin").subtitle("Many entries").publisher("Tests");
        for (int i = 1; i <= count; i++) {
            builder.entry(Entry.builder()
                    .topic("Topic number " + i)
                    .source("Source " + i)
                    .published(LocalDate.of(2024, 1, 1).plusDays(i % 365))
                    .paragraph("Entry " + i + " begins here. It has a second sentence about item " + i
                            + ". And a third sentence that ends entry " + i + ".")
                    .link("Read item " + i + ":", "Item " + i + " online", "https://example.org/items/" + i)
                    .build());
        }
        return builder.build();
    }

    /** {@code bulletin} with {@code entries} added at its end. */
    static Bulletin with(Bulletin bulletin, Entry... entries) {
        return Bulletin.builder(bulletin.title())
                .subtitle(bulletin.subtitle())
                .publisher(bulletin.publisher())
                .language(bulletin.language())
                .columns(bulletin.informationHeading(), bulletin.linkHeading())
                .entries(bulletin.entries())
                .entries(List.of(entries))
                .build();
    }

    /** {@code count} words, each numbered, so that a missing or repeated word shows. */
    static String words(int count) {
        StringJoiner text = new StringJoiner(" ");
        for (int i = 1; i <= count; i++) {
            text.add("w" + i + (i % 12 == 0 ? "." : ""));
        }
        return text.toString();
    }
}
