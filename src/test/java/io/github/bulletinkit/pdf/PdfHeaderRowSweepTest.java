package io.github.bulletinkit.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.Entry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The header row heads every page, however rows, the parts the table is added in and page breaks fall. Row
 * heights are swept by the length of their summaries, so that over the sweep the top of some page meets each
 * case: a plain page break between rows, the first row of a part added on its own (every
 * twentieth row), and the rest of a row taller than a page. The test checks that each
 * case was met, so that it cannot pass because the pages happened to fall elsewhere.
 */
class PdfHeaderRowSweepTest {

    private static final Pattern TOPIC = Pattern.compile("Topic (\\d+) ends");
    // The renderer once handed rows to OpenPDF twenty at a time, and the row after each batch could lose the
    // header above it; the sweep still makes sure such rows meet the top of a page.
    private static final int BATCH = 20;
    private static final int ENTRIES = 3 * BATCH + 5;
    private static final int TALL_ROW = BATCH + 1;

    private final List<String> cases = new ArrayList<>();

    @Test
    void everyPageStartsWithTheHeaderRowAndEveryEntryIsPrintedOnce() {
        for (int words = 1; words <= 100; words += 3) {
            check(bulletin(words, 0), "summaries of " + words + " words");
            check(bulletin(words, 1_500 + 40 * words), "summaries of " + words + " words and a tall row");
        }
        assertThat(cases).as("the cases met at the top of a page")
                .contains("page break", "first row of a part", "rest of a tall row");
    }

    private void check(Bulletin bulletin, String description) {
        PdfDocumentReader pdf = PdfDocumentReader.read(PdfRenderer.create().render(bulletin));
        for (int page = 1; page < pdf.pages().size(); page++) {
            List<String> lines = pdf.pages().get(page).lines().toList();
            assertThat(lines.get(0)).as("the first line of page %d, %s", page + 1, description)
                    .isEqualTo("Information Link");
            cases.add(caseAtTop(lines.get(1)));
        }
        List<Integer> printed = new ArrayList<>();
        Matcher topic = TOPIC.matcher(PdfDocumentReader.normalized(pdf.text()));
        while (topic.find()) {
            printed.add(Integer.parseInt(topic.group(1)));
        }
        assertThat(printed).as("the entries printed, %s", description)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, ENTRIES).boxed().toList());
    }

    /** What begins a page below its header row. */
    private static String caseAtTop(String line) {
        Matcher topic = Pattern.compile("Topic (\\d+) ends").matcher(line);
        if (!topic.lookingAt()) {
            return "rest of a tall row";
        }
        int number = Integer.parseInt(topic.group(1));
        return (number - 1) % BATCH == 0 ? "first row of a part" : "page break";
    }

    /**
     * {@link #ENTRIES} entries whose summaries have {@code words} words; the one at {@link #TALL_ROW} has
     * {@code tallWords} more, when not 0, so that no page can hold it.
     */
    private static Bulletin bulletin(int words, int tallWords) {
        Bulletin.Builder bulletin = Bulletin.builder("Header rows").subtitle(words + " words a summary");
        for (int i = 1; i <= ENTRIES; i++) {
            int length = i == TALL_ROW ? words + tallWords : words;
            bulletin.entry(Entry.builder()
                    .topic("Topic " + i + " ends")
                    .source("Source " + i)
                    .published(LocalDate.of(2025, 1, 1))
                    .paragraph(TestBulletins.words(length))
                    .link("Read:", "Item " + i, "https://example.org/items/" + i)
                    .build());
        }
        return bulletin.build();
    }
}
