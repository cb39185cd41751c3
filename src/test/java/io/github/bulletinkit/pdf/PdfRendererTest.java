package io.github.bulletinkit.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinkit.BulletinKit;
import io.github.bulletinkit.format.RenderOptions;
import io.github.bulletinkit.format.RendererProvider;
import io.github.bulletinkit.layout.Words;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.Entry;
import io.github.bulletinkit.model.Link;
import io.github.bulletinkit.model.RichText;
import io.github.bulletinkit.model.Run;
import io.github.bulletinkit.testing.Samples;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the PDF says: its text, its links, its document properties and its bookmarks. */
class PdfRendererTest {

    private static final Bulletin BULLETIN = TestBulletins.with(Samples.sample(), TestBulletins.richEntry());
    private static final PdfDocumentReader PDF = PdfDocumentReader.read(PdfRenderer.create().render(BULLETIN));

    @Test
    void printsEverySentenceOfTheBulletinInOrder() {
        String text = PdfDocumentReader.normalized(PDF.text());
        int at = 0;
        for (String piece : pieces(BULLETIN)) {
            int found = text.indexOf(piece, at);
            assertThat(found).as("\"%s\" after character %d of:%n%s", piece, at, text).isGreaterThanOrEqualTo(0);
            at = found + piece.length();
        }
        assertThat(text).contains("Child safeguarding incidents Source: NSPCC Learning Date published: 06 January 2025");
    }

    @Test
    void everyLinkIsAUriAnnotationOverItsText() {
        List<Run> expected = new ArrayList<>();
        for (Entry entry : BULLETIN.entries()) {
            entry.summary().forEach(paragraph -> paragraph.runs().stream().filter(Run::isLink).forEach(expected::add));
            entry.links().stream().filter(Link::hasUrl).map(l -> Run.link(l.text().plainText(), l.url())).forEach(expected::add);
        }
        assertThat(expected).extracting(Run::url).contains("https://example.org/guide.html#section-2",
                "https://example.org/search?a=1&b=2", "https://example.org/guide?x=1&y=2#top");
        // A link that wraps is one annotation a line: gather them until they cover the whole text.
        List<PdfDocumentReader.LinkArea> links = PDF.links();
        int next = 0;
        for (Run link : expected) {
            String seen = "";
            while (!seen.equals(squeezed(link.text()))) {
                assertThat(next).as("an annotation for %s", link).isLessThan(links.size());
                PdfDocumentReader.LinkArea area = links.get(next++);
                assertThat(area.uri()).as("the target of \"%s\"", area.text()).isEqualTo(link.url());
                seen += squeezed(area.text());
                assertThat(squeezed(link.text())).as("the text under the link").startsWith(seen);
            }
        }
        assertThat(next).as("annotations beyond the links").isEqualTo(links.size());
    }

    @Test
    void everyLinkOfTheSampleLeadsToItsAddress() {
        PdfDocumentReader sample = PdfDocumentReader.read(PdfRenderer.create().render(Samples.sample()));
        List<String> addresses = Samples.sample().entries().stream()
                .flatMap(entry -> entry.links().stream()).map(Link::url).toList();
        assertThat(addresses).hasSize(14).doesNotContain("");
        assertThat(sample.links()).extracting(PdfDocumentReader.LinkArea::uri).containsAll(addresses);
    }

    @Test
    void breaksTheLineAtANewlineAndPrintsATabAsASpace() {
        assertThat(PDF.text()).contains("A second paragraph" + System.lineSeparator() + "with a line break, a tab and a");
    }

    @Test
    void aLinkWithoutAnAddressIsPlainText() {
        assertThat(PDF.links()).extracting(PdfDocumentReader.LinkArea::text)
                .noneMatch(text -> text.contains("without a URL"));
        assertThat(PdfDocumentReader.normalized(PDF.text())).contains("Unknown address: A report without a URL");
    }

    @Test
    void writesTheDocumentProperties() {
        Bulletin bulletin = Bulletin.builder("Diweddariadau Diogelu").subtitle("Ionawr 2025")
                .publisher("Partneriaeth Ddiogelu").language("cy-GB")
                .entry(TestBulletins.richEntry()).build();
        PdfDocumentReader pdf = PdfDocumentReader.read(PdfRenderer.create().render(bulletin));

        assertThat(pdf.info().getTitle()).isEqualTo("Diweddariadau Diogelu");
        assertThat(pdf.info().getAuthor()).isEqualTo("Partneriaeth Ddiogelu");
        assertThat(pdf.info().getSubject()).isEqualTo("Ionawr 2025");
        assertThat(pdf.info().getCreator()).isEqualTo("BulletinKit " + BulletinKit.version());
        assertThat(pdf.language()).isEqualTo("cy-GB");
        assertThat(pdf.displaysTitle()).isTrue();
        assertThat(PdfDocumentReader.normalized(pdf.text())).contains("Dyddiad cyhoeddi: 03 Chwefror 2025");
    }

    @Test
    void bookmarksEveryEntryAtItsRow() {
        assertThat(PDF.bookmarks()).extracting(PdfDocumentReader.Bookmark::title)
                .containsExactlyElementsOf(BULLETIN.entries().stream().map(Entry::topic).toList());
        for (PdfDocumentReader.Bookmark bookmark : PDF.bookmarks()) {
            assertThat(PDF.pages().get(bookmark.page())).as("the page of %s", bookmark.title())
                    .contains(bookmark.title());
        }
    }

    @Test
    void leavesTheStreamOpenAndFlushed() throws IOException {
        var out = new ByteArrayOutputStream() {
            boolean closed;
            boolean flushed;

            @Override
            public void close() {
                closed = true;
            }

            @Override
            public void flush() {
                flushed = true;
            }
        };
        PdfRenderer.create().render(BULLETIN, out);
        assertThat(out.closed).isFalse();
        assertThat(out.flushed).isTrue();
        assertThat(new String(out.toByteArray(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void theProviderMakesPdfRenderersWithTheGivenOptions() {
        RendererProvider provider = new PdfRendererProvider();
        RenderOptions options = RenderOptions.builder().baseFontSize(12).build();
        assertThat(provider.format()).isEqualTo("pdf");
        assertThat(provider.fileExtension()).isEqualTo("pdf");
        assertThat(provider.create(options)).isInstanceOfSatisfying(PdfRenderer.class, renderer -> {
            assertThat(renderer.options()).isEqualTo(options);
            assertThat(renderer.archival()).isFalse();
        });
    }

    /** Every text the bulletin should print, a sentence at a time, in reading order. */
    private static List<String> pieces(Bulletin bulletin) {
        List<String> pieces = new ArrayList<>(List.of(bulletin.title(), bulletin.subtitle(),
                bulletin.informationHeading(), bulletin.linkHeading()));
        for (Entry entry : bulletin.entries()) {
            pieces.add(entry.topic());
            pieces.add(Words.of(bulletin.locale()).sourceLine(entry.source()));
            pieces.add(Words.of(bulletin.locale()).publishedLine(entry.published()));
            for (RichText paragraph : entry.summary()) {
                for (String sentence : paragraph.plainText().split("(?<=[.;:])\\s+")) {
                    pieces.add(PdfDocumentReader.normalized(sentence));
                }
            }
            entry.links().forEach(link -> pieces.add(PdfDocumentReader.normalized(link.plainText())));
        }
        pieces.removeIf(String::isEmpty);
        return pieces;
    }

    private static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }
}
