package io.github.bulletinkit.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinkit.format.Margins;
import io.github.bulletinkit.format.Orientation;
import io.github.bulletinkit.format.PageSize;
import io.github.bulletinkit.format.RenderOptions;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.testing.Samples;
import io.github.bulletinkit.theme.Theme;
import io.github.bulletinkit.theme.WordTemplate;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.junit.jupiter.api.Test;

/**
 * A Word template's letterhead, page and styles, read back with POI and the OOXML schemas: the header with its
 * text and picture, the footer, the A4 page with the template's margins and the body font, BulletinKit's styles
 * where the template has none, and the options that were chosen winning over the template.
 */
class DocxWordTemplateTest {

    private static final String PAGE = "word/document.xml";

    static WordTemplate template(WordTemplates parts) {
        return WordTemplate.of("letterhead.dotx", parts.bytes());
    }

    static byte[] render(Bulletin bulletin, RenderOptions options, WordTemplates parts) throws IOException {
        return DocxRenderer.builder().options(options).wordTemplate(template(parts)).build().render(bulletin);
    }

    @Test
    void theDocumentHasTheLetterheadAndNotTheTemplatesText() throws IOException {
        byte[] docx = render(Samples.sample(), RenderOptions.defaults(), WordTemplates.letterhead());

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(document.getHeaderList()).hasSize(1);
            XWPFHeader header = document.getHeaderList().get(0);
            assertThat(header.getText()).contains(WordTemplates.HEADER_TEXT);
            assertThat(header.getAllPictures()).hasSize(1);
            assertThat(header.getAllPictures().get(0).getPictureType()).isEqualTo(
                    Document.PICTURE_TYPE_PNG);
            assertThat(document.getFooterList()).hasSize(1);
            XWPFFooter footer = document.getFooterList().get(0);
            assertThat(footer.getText()).contains(WordTemplates.FOOTER_TEXT, WordTemplates.MARKING)
                    .doesNotContain("Page 1 of");
            assertThat(document.getPackagePart().getContentType())
                    .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");
            assertThat(document.getTables()).hasSize(1);
        }
        DocxDocumentReader reader = new DocxDocumentReader(docx);
        assertThat(reader.text()).contains("Safeguarding Updates").doesNotContain(WordTemplates.BODY_TEXT);
        assertThat(reader.parts()).containsKey("word/theme/theme1.xml");
        assertThat(OoxmlSchemaValidator.problems(docx)).isEmpty();
    }

    @Test
    void theDocumentHasTheTemplatesPageAndTheTableFillsIt() throws IOException {
        DocxDocumentReader reader = new DocxDocumentReader(render(Samples.sample(), RenderOptions.defaults(),
                WordTemplates.letterhead()));

        assertThat(reader.string(PAGE, "//w:body/w:sectPr/w:pgSz/@w:w")).isEqualTo("11906");
        assertThat(reader.string(PAGE, "//w:body/w:sectPr/w:pgSz/@w:h")).isEqualTo("16838");
        assertThat(margins(reader)).containsExactly(WordTemplates.TOP, WordTemplates.RIGHT, WordTemplates.BOTTOM,
                WordTemplates.LEFT, 709, 709);
        assertThat(reader.string(PAGE, "//w:tbl/w:tblPr/w:tblW/@w:w"))
                .isEqualTo(Integer.toString(11906 - WordTemplates.LEFT - WordTemplates.RIGHT));
    }

    @Test
    void theTemplatesStylesWinAndBulletinKitsFillInTheRest() throws IOException {
        Bulletin sectioned = Samples.sectioned();
        DocxDocumentReader reader = new DocxDocumentReader(render(sectioned, RenderOptions.defaults(),
                WordTemplates.letterhead()));
        String styles = "word/styles.xml";

        assertThat(reader.string(styles, "//w:docDefaults/w:rPrDefault/w:rPr/w:rFonts/@w:ascii"))
                .isEqualTo(WordTemplates.FONT);
        assertThat(reader.string(styles, "//w:docDefaults/w:rPrDefault/w:rPr/w:sz/@w:val")).isEqualTo("21");
        // The bulletin's language, not the template's.
        assertThat(reader.string(styles, "//w:docDefaults/w:rPrDefault/w:rPr/w:lang/@w:val"))
                .isEqualTo(sectioned.language());
        assertThat(reader.string(styles, "//w:style[@w:styleId='Heading2']/w:rPr/w:color/@w:val"))
                .isEqualTo(WordTemplates.HEADING_COLOUR);
        assertThat(reader.count(styles, "//w:style[@w:styleId='Heading2']")).isOne();
        assertThat(reader.count(styles, "//w:style[@w:styleId='EntrySummary']")).isOne();
        assertThat(reader.count(styles, "//w:style[@w:styleId='Title']")).isOne();
        assertThat(reader.count(styles, "//w:style[@w:default='1' and @w:type='paragraph']")).isOne();
    }

    @Test
    void theThemesFontAppliesWhereTheTemplateNamesNone() throws IOException {
        WordTemplates plain = WordTemplates.letterhead();
        plain.put("word/styles.xml", null, "<w:styles " + WordTemplates.W + "><w:style w:type=\"paragraph\""
                + " w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style></w:styles>");
        DocxDocumentReader reader = new DocxDocumentReader(render(Samples.sample(), RenderOptions.defaults(),
                plain));

        DocxDocumentReader untemplated = new DocxDocumentReader(DocxRenderer.create().render(Samples.sample()));
        String fonts = "//w:docDefaults/w:rPrDefault/w:rPr/w:rFonts/@w:ascii";
        assertThat(reader.string("word/styles.xml", fonts)).isEqualTo(untemplated.string("word/styles.xml", fonts));
        assertThat(reader.count("word/styles.xml", "//w:style[@w:styleId='Heading2']/w:rPr/w:color")).isOne();
    }

    @Test
    void chosenPageSettingsWinOverTheTemplates() throws IOException {
        RenderOptions chosen = RenderOptions.builder().pageSize(PageSize.LETTER).margins(Margins.millimetres(10))
                .build();
        DocxDocumentReader reader = new DocxDocumentReader(render(Samples.sample(), chosen,
                WordTemplates.letterhead()));

        assertThat(reader.string(PAGE, "//w:body/w:sectPr/w:pgSz/@w:w")).isEqualTo("12240");
        assertThat(margins(reader)).containsExactly(567, 567, 567, 567, 283, 283);

        // Landscape alone: the template's A4 turned, with its own margins.
        DocxDocumentReader turned = new DocxDocumentReader(render(Samples.sample(),
                RenderOptions.builder().orientation(Orientation.LANDSCAPE).build(), WordTemplates.letterhead()));
        assertThat(turned.string(PAGE, "//w:body/w:sectPr/w:pgSz/@w:w")).isEqualTo("16838");
        assertThat(turned.string(PAGE, "//w:body/w:sectPr/w:pgSz/@w:orient")).isEqualTo("landscape");
        assertThat(margins(turned)).startsWith(WordTemplates.TOP, WordTemplates.RIGHT);
    }

    @Test
    void aTemplateWithoutAFooterGetsBulletinKitsPageNumbers() throws IOException {
        WordTemplates headerOnly = WordTemplates.letterhead();
        headerOnly.footer = false;

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(render(Samples.sample(),
                RenderOptions.defaults(), headerOnly)))) {
            assertThat(document.getHeaderList()).hasSize(1);
            assertThat(document.getFooterList()).hasSize(1);
            assertThat(document.getFooterList().get(0).getText()).startsWith("Page 1 of 1");
        }
    }

    @Test
    void aTemplatedBulletinReadsBackExactly() throws IOException {
        DocxBulletinReader reader = new DocxBulletinReader();
        for (Bulletin bulletin : new Bulletin[] {Samples.sample(), Samples.sectioned(), TestBulletins.multilingual()}) {
            byte[] docx = render(bulletin, RenderOptions.defaults(), WordTemplates.letterhead());

            assertThat(reader.read(new ByteArrayInputStream(docx), "templated.docx")).isEqualTo(bulletin);
        }
    }

    @Test
    void theSameBulletinGivesTheSameBytes() throws IOException {
        DocxRenderer renderer = DocxRenderer.builder().wordTemplate(template(WordTemplates.letterhead())).build();

        assertThat(renderer.render(Samples.sample())).isEqualTo(renderer.render(Samples.sample()));
    }

    @Test
    void oneRendererServesManyThreadsAlike() throws Exception {
        DocxRenderer renderer = DocxRenderer.builder().wordTemplate(template(WordTemplates.letterhead())).build();
        byte[] alone = renderer.render(Samples.sectioned());
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> renders = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                renders.add(threads.submit(() -> renderer.render(Samples.sectioned())));
            }
            for (Future<byte[]> render : renders) {
                assertThat(render.get()).isEqualTo(alone);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void theThemesTemplateIsTheDefault() throws IOException {
        Theme theme = Theme.builder().wordTemplate(template(WordTemplates.letterhead())).build();
        byte[] docx = DocxRenderer.builder().theme(theme).build().render(Samples.sample());

        assertThat(new DocxDocumentReader(docx).part("word/header1.xml")).contains(WordTemplates.HEADER_TEXT);
    }

    private static List<Integer> margins(DocxDocumentReader reader) {
        return Stream.of("top", "right", "bottom", "left", "header", "footer")
                .map(side -> Integer.valueOf(reader.string(PAGE, "//w:body/w:sectPr/w:pgMar/@w:" + side)))
                .toList();
    }
}
