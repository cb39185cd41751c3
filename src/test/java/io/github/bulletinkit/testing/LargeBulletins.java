package io.github.bulletinkit.testing;

import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.Entry;
import io.github.bulletinkit.model.Link;
import io.github.bulletinkit.model.RichText;
import io.github.bulletinkit.model.Run;
import java.util.ArrayList;
import java.util.List;

/**
 * Bulletins of any length made from the sample's entries, each copy's text varied by its number, so that
 * no two rows are alike: the topic and link texts carry the number, the summary gains a sentence that names
 * it, every fourth row gains a second paragraph, and every URL is its own. 9,000 entries make 3,750
 * A4 pages. For the benchmarks and the memory tests.
 */
public final class LargeBulletins {

    private LargeBulletins() {
    }

    /** The sample bulletin's title and columns with {@code count} entries. */
    public static Bulletin of(int count) {
        return of(Samples.sample(), count);
    }

    /** {@code template}'s title and columns with {@code count} entries made from its entries. */
    public static Bulletin of(Bulletin template, int count) {
        List<Entry> entries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            entries.add(varied(template.entries().get(i % template.entries().size()), i + 1));
        }
        return Bulletin.builder(template.title())
                .subtitle(template.subtitle() + " (" + count + " entries)")
                .publisher(template.publisher())
                .language(template.language())
                .columns(template.informationHeading(), template.linkHeading())
                .entries(entries)
                .build();
    }

    private static Entry varied(Entry entry, int number) {
        Entry.Builder copy = Entry.builder()
                .topic(entry.topic() + " (" + number + ")")
                .source(entry.source())
                .published(entry.published().minusDays(number % 400));
        for (RichText paragraph : entry.summary()) {
            copy.paragraph(varied(paragraph, number));
        }
        if (number % 4 == 0) {
            copy.paragraph(RichText.of("Once more, for entry " + number + ": " + entry.summary().get(0).plainText()));
        }
        for (Link link : entry.links()) {
            copy.link(new Link(link.prefix(), new RichText(List.of(Run.plain(link.text().plainText() + ", part " + number))),
                    numbered(link.url(), number)));
        }
        return copy.build();
    }

    private static RichText varied(RichText paragraph, int number) {
        List<Run> runs = new ArrayList<>();
        for (Run run : paragraph.runs()) {
            runs.add(new Run(run.text(), run.styles(), numbered(run.url(), number)));
        }
        runs.add(Run.plain(" This is entry number " + number + " of the bulletin."));
        return new RichText(runs);
    }

    /** {@code url} with {@code item=number} added to its query, before any fragment; empty stays empty. */
    private static String numbered(String url, int number) {
        if (url.isEmpty()) {
            return url;
        }
        int hash = url.indexOf('#');
        String head = hash < 0 ? url : url.substring(0, hash);
        String fragment = hash < 0 ? "" : url.substring(hash);
        return head + (head.contains("?") ? "&" : "?") + "item=" + number + fragment;
    }
}
