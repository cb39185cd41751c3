package io.github.bulletinkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.Entry;
import io.github.bulletinkit.model.Link;
import io.github.bulletinkit.model.RichText;
import io.github.bulletinkit.model.Style;
import io.github.bulletinkit.testing.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The sample bulletin is the seed export, transcribed faithfully. */
class SampleBulletinTest {

    private final Bulletin sample = Samples.sample();

    /** The seed's text as a reader sees it: markup removed, white space folded. */
    private static String seedText() throws IOException {
        return Jsoup.parse(Files.readString(Samples.LEGACY_EXPORT)).text();
    }

    @Test
    void holdsTheNineEntriesInTheSeedsOrder() {
        assertThat(sample.title()).isEqualTo("Safeguarding Updates");
        assertThat(sample.entries()).extracting(Entry::topic).containsExactly(
                "Child safeguarding incidents", "Children’s Wellbeing and Schools Bill",
                "Unregistered children’s homes", "Care experienced young people", "Residential services",
                "Child sexual exploitation and abuse", "Online safety", "Children and violence", "Children in need");
    }

    @Test
    void everyWordComesFromTheSeedWithinItsOwnRow() throws IOException {
        String seed = seedText();
        DateTimeFormatter date = DateTimeFormatter.ofPattern("dd MMMM yyyy", Locale.UK);
        int from = 0;
        for (int i = 0; i < sample.entries().size(); i++) {
            Entry entry = sample.entries().get(i);
            int start = seed.indexOf(entry.topic() + " Source: " + entry.source(), from);
            assertThat(start).as("entry %d's topic and source, after the previous entry", i).isGreaterThanOrEqualTo(0);
            int end = i + 1 < sample.entries().size()
                    ? seed.indexOf(sample.entries().get(i + 1).topic() + " Source:", start) : seed.length();
            String row = seed.substring(start, end);
            assertThat(row).contains("Date published: " + date.format(entry.published()));
            for (RichText paragraph : entry.summary()) {
                assertThat(row).contains(paragraph.plainText());
            }
            for (Link link : entry.links()) {
                assertThat(row).contains(link.plainText());
            }
            from = start;
        }
    }

    @Test
    void theSeedsLinksAreAllThereEachWithAnAddressAndTheirUnderlining() {
        assertThat(sample.entries().stream().mapToInt(e -> e.links().size()).sum()).isEqualTo(14);
        Entry ofcom = sample.entries().get(6);
        assertThat(ofcom.links()).extracting(Link::prefix).containsExactly(
                "Read the press release:", "Access the codes and guidance:", "See also on NSPCC Learning >");
        for (int i : new int[] {7, 8}) {
            Link link = sample.entries().get(i).links().get(0);
            assertThat(link.text().runs()).allSatisfy(run -> assertThat(run.has(Style.UNDERLINE)).isTrue());
        }
        assertThat(sample.entries()).flatExtracting(Entry::links).allSatisfy(
                link -> assertThat(link.url()).matches("https://[a-z.-]+/[a-z/-]*"));
    }
}
