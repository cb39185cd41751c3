package io.github.bulletinkit.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinkit.format.Orientation;
import io.github.bulletinkit.format.PageSize;
import io.github.bulletinkit.format.RenderOptions;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.Entry;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** How the bulletin falls into pages: the header row, whole and split rows, the footer. */
class PdfLayoutTest {

    // 100 entries: several pages, and five times the rows that go to the document at once.
    private static final Bulletin LONG = TestBulletins.numbered(100);
    private static final PdfDocumentReader PDF = PdfDocumentReader.read(PdfRenderer.create().render(LONG));
    private static final List<String> PAGES = PDF.pages().stream().map(PdfDocumentReader::normalized).toList();

    @Test
    void repeatsTheHeaderRowAtTheTopOfEveryPage() {
        assertThat(PDF.pages()).hasSizeGreaterThan(4);
        assertThat(lines(PDF.pages().get(0))).startsWith("A long bulletin", "Many entries", "Tests", "Information Link");
        for (int i = 1; i < PDF.pages().size(); i++) {
            assertThat(lines(PDF.pages().get(i)).get(0)).as("the first line of page %d", i + 1)
                    .isEqualTo("Information Link");
        }
    }

    @Test
    void printsEveryEntryOnceInOrderWithItsRowWholeAndBookmarked() {
        List<Integer> topics = numbers(Pattern.compile("Topic number (\\d+)"), PDF.text());
        assertThat(topics).containsExactlyElementsOf(IntStream.rangeClosed(1, 100).boxed().toList());
        assertThat(PDF.bookmarks()).hasSize(100);
        for (int i = 1; i <= 100; i++) {
            int page = pageOf("Topic number " + i + " Source:");
            assertThat(PDF.bookmarks().get(i - 1).page()).as("the page entry %d's bookmark points at", i)
                    .isEqualTo(page);
            assertThat(pageOf("that ends entry " + i + ".")).as("the page where entry %d ends", i).isEqualTo(page);
            assertThat(pageOf("Item " + i + " online")).as("the page of entry %d's link", i).isEqualTo(page);
        }
    }

    @Test
    void numbersEveryPageOutOfTheTotal() {
        int total = PDF.pages().size();
        for (int i = 0; i < total; i++) {
            List<String> lines = lines(PDF.pages().get(i));
            assertThat(lines.get(lines.size() - 1)).isEqualTo("Page " + (i + 1) + " of " + total);
        }
    }

    @Test
    void splitsARowTallerThanAPageWithoutLosingAWord() {
        String words = TestBulletins.words(2500);
        Bulletin bulletin = TestBulletins.with(TestBulletins.numbered(2), Entry.builder()
                .topic("A very long entry").source("Tests").published(LocalDate.of(2025, 1, 1))
                .paragraph(words).link("More:", "The rest", "https://example.org/rest").build(),
                Entry.builder().topic("The entry after").source("Tests").published(LocalDate.of(2025, 1, 2))
                        .paragraph("Still here.").build());
        PdfDocumentReader pdf = PdfDocumentReader.read(PdfRenderer.create().render(bulletin));

        assertThat(numbers(Pattern.compile("\\bw(\\d+)\\b"), pdf.text()))
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 2500).boxed().toList());
        assertThat(pdf.pages()).hasSizeGreaterThan(3);
        // It starts under the rows before it, rather than leaving the rest of their page blank.
        assertThat(pdf.pages().get(0)).contains("Topic number 2", "A very long entry", "w1 w2 w3");
        assertThat(pdf.pages().get(pdf.pages().size() - 1)).contains("The entry after", "Still here.");
        assertThat(lines(pdf.pages().get(1)).get(0)).isEqualTo("Information Link");
    }

    @Test
    void followsThePageSizeOrientationAndMargins() {
        RenderOptions options = RenderOptions.builder().pageSize(PageSize.LETTER).orientation(Orientation.LANDSCAPE)
                .build();
        PdfDocumentReader pdf = PdfDocumentReader.read(PdfRenderer.builder().options(options).build()
                .render(TestBulletins.numbered(3)));
        assertThat(pdf.pageSizes()).allSatisfy(size -> {
            assertThat(size.getWidth()).isEqualTo(792f);
            assertThat(size.getHeight()).isEqualTo(612f);
        });
    }

    private static int pageOf(String text) {
        List<Integer> pages = IntStream.range(0, PAGES.size()).filter(i -> PAGES.get(i).contains(text)).boxed().toList();
        assertThat(pages).as("the pages that show \"%s\"", text).hasSize(1);
        return pages.get(0);
    }

    private static List<String> lines(String page) {
        return page.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static List<Integer> numbers(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        List<Integer> numbers = new java.util.ArrayList<>();
        while (matcher.find()) {
            numbers.add(Integer.parseInt(matcher.group(1)));
        }
        return numbers;
    }
}
