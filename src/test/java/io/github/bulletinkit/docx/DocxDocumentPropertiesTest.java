package io.github.bulletinkit.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinkit.BulletinKit;
import io.github.bulletinkit.format.RenderOptions;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Language, properties and settings: what Word, screen readers and search indexes read about a document. */
class DocxDocumentPropertiesTest {

    private static final String CORE = "docProps/core.xml";

    private final DocxDocumentReader rich = new DocxDocumentReader(DocxRenderer.create().render(TestBulletins.rich()));

    @Test
    void theDocumentLanguageIsTheBulletins() {
        DocxDocumentReader welsh = new DocxDocumentReader(DocxRenderer.create().render(TestBulletins.multilingual()));

        assertThat(rich.string("word/styles.xml", "//w:docDefaults/w:rPrDefault/w:rPr/w:lang/@w:val")).isEqualTo("en-GB");
        assertThat(welsh.string("word/styles.xml", "//w:docDefaults/w:rPrDefault/w:rPr/w:lang/@w:val")).isEqualTo("cy-GB");
        assertThat(welsh.string(CORE, "/cp:coreProperties/dc:language")).isEqualTo("cy-GB");
    }

    @Test
    void theBodyFontIsArial() {
        assertThat(rich.strings("word/styles.xml", "//w:docDefaults//w:rFonts/@*")).containsOnly("Arial").hasSize(4);
        assertThat(rich.count("word/styles.xml", "//w:style//w:rFonts")).isZero();
    }

    @Test
    void corePropertiesDescribeTheBulletin() {
        assertThat(rich.string(CORE, "/cp:coreProperties/dc:title")).isEqualTo("Rich Bulletin");
        assertThat(rich.string(CORE, "/cp:coreProperties/dc:subject")).isEqualTo("Every kind of text");
        assertThat(rich.string(CORE, "/cp:coreProperties/dc:creator")).isEqualTo("Example Partnership");
        assertThat(rich.string(CORE, "/cp:coreProperties/dc:language")).isEqualTo("en-GB");
    }

    @Test
    void theCreationDateIsTheNewestEntrysByDefault() {
        assertThat(rich.string(CORE, "/cp:coreProperties/dcterms:created")).isEqualTo("2025-01-06T00:00:00Z");
        assertThat(rich.string(CORE, "/cp:coreProperties/dcterms:modified")).isEqualTo("2025-01-06T00:00:00Z");
        assertThat(rich.strings(CORE, "/cp:coreProperties/*/@xsi:type")).containsExactly("dcterms:W3CDTF",
                "dcterms:W3CDTF");
    }

    @Test
    void theCreationDateComesFromTheOptions() {
        RenderOptions options = RenderOptions.builder().created(Instant.parse("2025-02-03T04:05:06Z")).build();
        DocxDocumentReader reader = new DocxDocumentReader(
                DocxRenderer.builder().options(options).build().render(TestBulletins.rich()));

        assertThat(reader.string(CORE, "/cp:coreProperties/dcterms:created")).isEqualTo("2025-02-03T04:05:06Z");
        assertThat(reader.string(CORE, "/cp:coreProperties/dcterms:modified")).isEqualTo("2025-02-03T04:05:06Z");
    }

    @Test
    void withoutPublisherOrSubtitleThereIsNoCreatorAndTheSubjectIsTheTitle() {
        DocxDocumentReader minimal = new DocxDocumentReader(DocxRenderer.create().render(TestBulletins.minimal()));

        assertThat(minimal.count(CORE, "/cp:coreProperties/dc:creator")).isZero();
        assertThat(minimal.string(CORE, "/cp:coreProperties/dc:subject")).isEqualTo("Weekly Notes");
        assertThat(minimal.count("word/document.xml", "//w:pStyle[@w:val='Subtitle']")).isZero();
    }

    @Test
    void theApplicationIsBulletinKit() {
        assertThat(rich.string("docProps/app.xml", "/ep:Properties/ep:Application")).isEqualTo(BulletinKit.creator());
    }

    @Test
    void wordOpensItWithoutCompatibilityMode() {
        assertThat(rich.string("word/settings.xml",
                "//w:compat/w:compatSetting[@w:name='compatibilityMode']/@w:val")).isEqualTo("15");
        assertThat(rich.count("word/settings.xml", "//w:updateFields")).isZero();
    }
}
