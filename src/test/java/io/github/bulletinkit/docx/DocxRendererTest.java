package io.github.bulletinkit.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.bulletinkit.format.BulletinRenderer;
import io.github.bulletinkit.format.Margins;
import io.github.bulletinkit.format.Orientation;
import io.github.bulletinkit.format.PageSize;
import io.github.bulletinkit.format.RenderOptions;
import io.github.bulletinkit.format.RendererProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The renderer's contract, its provider, and the page around the table. */
class DocxRendererTest {

    private static final String DOCUMENT = "word/document.xml";

    @Test
    void theProviderMakesDocxRenderersWithItsOptions() {
        RendererProvider provider = new DocxRendererProvider();
        RenderOptions options = RenderOptions.builder().baseFontSize(12).build();
        BulletinRenderer renderer = provider.create(options);

        assertThat(provider.format()).isEqualTo("docx");
        assertThat(provider.fileExtension()).isEqualTo("docx");
        assertThat(renderer).isInstanceOf(DocxRenderer.class);
        assertThat(((DocxRenderer) renderer).options()).isEqualTo(options);
        assertThat(renderer.render(TestBulletins.minimal()))
                .isEqualTo(DocxRenderer.builder().options(options).build().render(TestBulletins.minimal()));
    }

    @Test
    void createUsesTheDefaultOptions() {
        assertThat(DocxRenderer.create().options()).isEqualTo(RenderOptions.defaults());
    }

    @Test
    void renderFlushesButDoesNotCloseTheStream() throws IOException {
        class Watched extends ByteArrayOutputStream {
            boolean flushed;
            boolean closed;

            @Override
            public void flush() {
                flushed = true;
            }

            @Override
            public void close() {
                closed = true;
            }
        }
        Watched out = new Watched();
        DocxRenderer.create().render(TestBulletins.minimal(), out);

        assertThat(out.flushed).isTrue();
        assertThat(out.closed).isFalse();
        assertThat(out.toByteArray()).isEqualTo(DocxRenderer.create().render(TestBulletins.minimal()));
    }

    @Test
    void nullArgumentsAreRefused() {
        assertThatNullPointerException().isThrownBy(() -> DocxRenderer.create().render(null, new ByteArrayOutputStream()));
        assertThatNullPointerException().isThrownBy(() -> DocxRenderer.create().render(TestBulletins.minimal(), null));
        assertThatNullPointerException().isThrownBy(() -> DocxRenderer.builder().options(null));
    }

    @Test
    void theSectionHasThePageSizeAndMarginsInTwips() {
        DocxDocumentReader a4 = new DocxDocumentReader(DocxRenderer.create().render(TestBulletins.minimal()));

        assertThat(a4.string(DOCUMENT, "//w:sectPr/w:pgSz/@w:w")).isEqualTo("11906");
        assertThat(a4.string(DOCUMENT, "//w:sectPr/w:pgSz/@w:h")).isEqualTo("16838");
        assertThat(a4.count(DOCUMENT, "//w:sectPr/w:pgSz/@w:orient")).isZero();
        assertThat(a4.strings(DOCUMENT, "//w:sectPr/w:pgMar/@*[not(local-name()='header' or local-name()='footer'"
                + " or local-name()='gutter')]")).containsOnly("1020").hasSize(4);
    }

    @Test
    void landscapeSwapsTheSides() {
        RenderOptions options = RenderOptions.builder().pageSize(PageSize.LETTER).orientation(Orientation.LANDSCAPE)
                .margins(new Margins(36, 54, 72, 18)).build();
        DocxDocumentReader letter = new DocxDocumentReader(
                DocxRenderer.builder().options(options).build().render(TestBulletins.minimal()));

        assertThat(letter.string(DOCUMENT, "//w:sectPr/w:pgSz/@w:w")).isEqualTo("15840");
        assertThat(letter.string(DOCUMENT, "//w:sectPr/w:pgSz/@w:h")).isEqualTo("12240");
        assertThat(letter.string(DOCUMENT, "//w:sectPr/w:pgSz/@w:orient")).isEqualTo("landscape");
        assertThat(letter.string(DOCUMENT, "//w:pgMar/@w:top")).isEqualTo("720");
        assertThat(letter.string(DOCUMENT, "//w:pgMar/@w:right")).isEqualTo("1080");
        assertThat(letter.string(DOCUMENT, "//w:pgMar/@w:bottom")).isEqualTo("1440");
        assertThat(letter.string(DOCUMENT, "//w:pgMar/@w:left")).isEqualTo("360");
    }

    @Test
    void theFooterCountsPagesWithFields() {
        DocxDocumentReader reader = new DocxDocumentReader(DocxRenderer.create().render(TestBulletins.minimal()));
        String footerId = reader.string(DOCUMENT, "//w:sectPr/w:footerReference[@w:type='default']/@r:id");

        assertThat(reader.string("word/_rels/document.xml.rels", "//rel:Relationship[@Id='" + footerId + "']/@Target"))
                .isEqualTo("footer1.xml");
        assertThat(reader.strings("word/footer1.xml", "//w:fldSimple/@w:instr")).containsExactly(" PAGE ", " NUMPAGES ");
        assertThat(reader.strings("word/footer1.xml", "/w:ftr/w:p")).containsExactly("Page 1 of 1");
    }

    @Test
    void theBodyIsTitleSubtitlePublisherTableAndAClosingParagraph() {
        DocxDocumentReader reader = new DocxDocumentReader(DocxRenderer.create().render(TestBulletins.rich()));

        assertThat(reader.names(DOCUMENT, "/w:document/w:body/*"))
                .containsExactly("p", "p", "p", "tbl", "p", "sectPr");
        assertThat(reader.strings(DOCUMENT, "/w:document/w:body/w:p/w:pPr/w:pStyle/@w:val"))
                .containsExactly("Title", "Subtitle", "Publisher");
        assertThat(reader.count(DOCUMENT, "/w:document/w:body/w:p[4][not(.//w:t)]")).isEqualTo(1);
    }
}
