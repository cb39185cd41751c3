package io.github.bulletinkit.docx;

import static io.github.bulletinkit.docx.TestBulletins.FRAGMENT_URL;
import static io.github.bulletinkit.docx.TestBulletins.INLINE_URL;
import static io.github.bulletinkit.docx.TestBulletins.MAILTO_URL;
import static io.github.bulletinkit.docx.TestBulletins.QUERY_URL;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinkit.layout.Words;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.Entry;
import io.github.bulletinkit.model.Link;
import io.github.bulletinkit.model.RichText;
import io.github.bulletinkit.testing.Samples;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** The text inside the cells: emphasis, hyperlinks, breaks, tabs and every script. */
class DocxTextTest {

    private static final String DOCUMENT = "word/document.xml";

    private final DocxDocumentReader rich = new DocxDocumentReader(DocxRenderer.create().render(TestBulletins.rich()));

    @Test
    void everyLinkOfTheSampleIsAHyperlinkToItsAddress() {
        DocxDocumentReader sample = new DocxDocumentReader(DocxRenderer.create().render(Samples.sample()));
        List<String> ids = sample.strings(DOCUMENT, "//w:tr/w:tc[2]/w:p/w:hyperlink/@r:id");
        assertThat(ids).extracting(sample::hyperlinkTarget).hasSize(14).containsExactlyElementsOf(
                Samples.sample().entries().stream().flatMap(entry -> entry.links().stream()).map(Link::url).toList());
    }

    @Test
    void eachLinkIsAHyperlinkToItsUrlAfterItsPrefix() {
        List<String> ids = rich.strings(DOCUMENT, "//w:tr/w:tc[2]/w:p/w:hyperlink/@r:id");

        assertThat(ids).extracting(rich::hyperlinkTarget).containsExactly(FRAGMENT_URL, QUERY_URL, MAILTO_URL);
        assertThat(rich.strings(DOCUMENT, "//w:tr/w:tc[2]/w:p[w:hyperlink]/w:r[1]/w:t"))
                .containsExactly("Read the report: ", "Search: ", "Write to ");
        assertThat(rich.strings(DOCUMENT, "//w:tr/w:tc[2]/w:p/w:hyperlink"))
                .containsExactly("Report with a section", "Query with two parameters", "the team");
    }

    @Test
    void aLinkWithoutUrlIsPlainText() {
        assertThat(rich.count(DOCUMENT, "//w:p[contains(., 'front desk')]//w:hyperlink")).isZero();
    }

    @Test
    void inlineLinksAreHyperlinksAndNeighbouringRunsShareOne() {
        List<String> ids = rich.strings(DOCUMENT, "//w:tr/w:tc[1]//w:hyperlink/@r:id");

        assertThat(ids).extracting(rich::hyperlinkTarget).containsExactly(INLINE_URL, QUERY_URL);
        assertThat(rich.string(DOCUMENT, "//w:hyperlink[@r:id='" + ids.get(1) + "' and w:r[2]]")).isEqualTo("Split link");
    }

    @Test
    void oneUrlHasOneRelationship() {
        assertThat(rich.strings(DOCUMENT, "//w:hyperlink/@r:id").stream().distinct()).hasSize(4);
        assertThat(rich.count("word/_rels/document.xml.rels", "//rel:Relationship[@TargetMode='External']"))
                .isEqualTo(4);
    }

    @Test
    void poiReadsTheSameTargets() throws Exception {
        try (XWPFDocument document = rich.document()) {
            List<String> urls = new ArrayList<>();
            for (var hyperlink : document.getHyperlinks()) {
                urls.add(hyperlink.getURL());
            }
            assertThat(urls).containsExactlyInAnyOrder(INLINE_URL, QUERY_URL, FRAGMENT_URL, MAILTO_URL);
        }
    }

    @Test
    void hyperlinkRunsUseTheHyperlinkStyle() {
        assertThat(rich.strings(DOCUMENT, "//w:hyperlink/w:r/w:rPr/w:rStyle/@w:val")).hasSize(6)
                .containsOnly(StyleSheet.HYPERLINK);
        assertThat(rich.count(DOCUMENT, "//w:hyperlink/w:r[not(w:rPr/w:rStyle)]")).isZero();
    }

    @Test
    void emphasisBecomesRunProperties() {
        assertThat(runProperties("bold")).containsExactly("b", "bCs");
        assertThat(runProperties("italic")).containsExactly("i", "iCs");
        assertThat(runProperties("underlined")).containsExactly("u");
        assertThat(rich.string(DOCUMENT, "//w:r[w:t='underlined']/w:rPr/w:u/@w:val")).isEqualTo("single");
        assertThat(runProperties("all three")).containsExactly("b", "bCs", "i", "iCs", "u");
        assertThat(runProperties("link")).containsExactly("rStyle", "b", "bCs");
        assertThat(rich.count(DOCUMENT, "//w:r[w:t='Plain, ']/w:rPr")).isZero();
    }

    @Test
    void newlinesAndTabsAreBreaksAndTabs() {
        assertThat(rich.names(DOCUMENT, "//w:r[w:t='First line']/*")).containsExactly("t", "br", "t", "tab", "t");
        assertThat(rich.count(DOCUMENT, "//w:t[contains(., '\n') or contains(., '\t')]")).isZero();
    }

    @Test
    void spacesAtTheEndsOfARunArePreserved() {
        assertThat(rich.strings(DOCUMENT, "//w:t[@xml:space='preserve']")).contains("Plain, ", " and ", ", ");
    }

    @Test
    void everyScriptReadsBackExactly() {
        Bulletin bulletin = TestBulletins.multilingual();
        DocxDocumentReader reader = new DocxDocumentReader(DocxRenderer.create().render(bulletin));

        List<List<String>> expected = new ArrayList<>();
        expected.add(List.of(bulletin.informationHeading(), bulletin.linkHeading()));
        for (Entry entry : bulletin.entries()) {
            List<String> information = new ArrayList<>(List.of(entry.topic(), Words.of(bulletin.locale()).sourceLine(entry.source()),
                    Words.of(bulletin.locale()).publishedLine(entry.published())));
            entry.summary().stream().map(RichText::plainText).forEach(information::add);
            List<String> links = entry.links().isEmpty() ? List.of("")
                    : entry.links().stream().map(link -> link.plainText()).toList();
            expected.add(List.of(String.join("|", information), String.join("|", links)));
        }
        assertThat(reader.table()).map(row -> row.stream().map(cell -> String.join("|", cell)).toList())
                .isEqualTo(expected);
        assertThat(reader.strings(DOCUMENT, "/w:document/w:body/w:p/w:r/w:t"))
                .containsExactly(bulletin.title(), bulletin.subtitle());
        // The bulletin is in Welsh: so are its labels, and its months.
        assertThat(Words.of(bulletin.locale()).publishedLine(bulletin.entries().get(0).published())).isEqualTo(
                "Dyddiad cyhoeddi: 01 Mawrth 2025");
    }

    private List<String> runProperties(String text) {
        return rich.names(DOCUMENT, "//w:r[w:t='" + text + "']/w:rPr/*");
    }
}
