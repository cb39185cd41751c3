package io.github.bulletinkit.docx;

import static io.github.bulletinkit.docx.DocxWordTemplateTest.render;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bulletinkit.format.RenderOptions;
import io.github.bulletinkit.model.InvalidBulletinException;
import io.github.bulletinkit.testing.Samples;
import io.github.bulletinkit.theme.WordTemplate;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Templates that carry what a bulletin must not: their macros, network pictures, attached template, custom XML,
 * comments and tracked changes are left out, with a warning each; unsound ones are refused before anything is
 * written, with every reason, in the template's name.
 */
class DocxWordTemplateHostileTest {

    private static final String HYPERLINK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
            + "hyperlink";
    private final List<String> warnings = new ArrayList<>();
    private final Logger logger = Logger.getLogger("io.github.bulletinkit.docx");
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            warnings.add(record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        logger.addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        logger.removeHandler(capture);
    }

    @Test
    void macrosAreLeftOut() throws IOException {
        WordTemplates dotm = WordTemplates.letterhead();
        dotm.mainType = "application/vnd.ms-word.template.macroEnabledTemplate.main+xml";
        dotm.parts.put("word/vbaProject.bin", "Attribute VB_Name = \"AutoOpen\"".getBytes(StandardCharsets.UTF_8));
        dotm.documentRelationships.put("rIdVba", "http://schemas.microsoft.com/office/2006/relationships/vbaProject\""
                + " Target=\"vbaProject.bin");

        byte[] docx = render(Samples.sample(), RenderOptions.defaults(), dotm);

        DocxDocumentReader reader = new DocxDocumentReader(docx);
        assertThat(reader.parts().keySet()).noneMatch(name -> name.contains("vba"));
        assertThat(reader.part("[Content_Types].xml")).doesNotContain("macroEnabled", "vbaProject");
        assertThat(reader.part("word/header1.xml")).contains(WordTemplates.HEADER_TEXT);
        assertThat(warnings).containsExactly("letterhead.dotx: left out of every bulletin: its macros,"
                + " word/vbaProject.bin");
        assertThat(OoxmlSchemaValidator.problems(docx)).isEmpty();
    }

    @Test
    void nothingIsFetchedFromTheNetwork() throws IOException {
        WordTemplates linked = WordTemplates.letterhead();
        linked.parts.put("word/_rels/header1.xml.rels", WordTemplates.relationships("<Relationship Id=\"rIdLogo\""
                + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\""
                + " Target=\"media/image1.png\"/><Relationship Id=\"rIdTracker\" Type=\"http://schemas.openxmlformats"
                + ".org/officeDocument/2006/relationships/image\" Target=\"https://tracker.example/pixel.png\""
                + " TargetMode=\"External\"/><Relationship Id=\"rIdSite\" Type=\"" + HYPERLINK + "\""
                + " Target=\"https://partnership.example/\" TargetMode=\"External\"/>"));
        linked.headerExtra = WordTemplates.picture("rIdTracker", "r:link", 2)
                + "<w:hyperlink r:id=\"rIdSite\"><w:r><w:t>partnership.example</w:t></w:r></w:hyperlink>";
        linked.put("word/settings.xml", null, "<w:settings " + WordTemplates.W + "><w:attachedTemplate"
                + " r:id=\"rIdAttached\"/></w:settings>");
        linked.parts.put("word/_rels/settings.xml.rels", WordTemplates.relationships("<Relationship"
                + " Id=\"rIdAttached\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                + "attachedTemplate\" Target=\"https://templates.example/evil.dotm\" TargetMode=\"External\"/>"));

        byte[] docx = render(Samples.sample(), RenderOptions.defaults(), linked);

        DocxDocumentReader reader = new DocxDocumentReader(docx);
        String everything = everything(reader.parts());
        assertThat(everything).doesNotContain("tracker.example", "templates.example", "attachedTemplate");
        // The footer's link to the organisation's site is kept: a link is only followed when a person clicks it.
        assertThat(reader.part("word/_rels/header1.xml.rels")).contains("https://partnership.example/");
        assertThat(reader.count("word/header1.xml", "//w:drawing")).isOne();
        assertThat(reader.part("word/header1.xml")).contains(WordTemplates.HEADER_TEXT, "partnership.example");
        assertThat(warnings).containsExactly(
                "letterhead.dotx: left out of every bulletin: its link to https://templates.example/evil.dotm (an"
                        + " attached template)",
                "letterhead.dotx: left out of every bulletin: a picture or object in word/header1.xml fetched from"
                        + " https://tracker.example/pixel.png");
        assertThat(OoxmlSchemaValidator.problems(docx)).isEmpty();
    }

    @Test
    void customXmlCommentsAndTrackedChangesAreLeftOut() throws IOException {
        WordTemplates edited = WordTemplates.letterhead();
        edited.headerExtra = "<w:customXml w:element=\"office\"><w:r><w:t xml:space=\"preserve\"> office</w:t></w:r>"
                + "</w:customXml><w:commentRangeStart w:id=\"0\"/><w:ins w:id=\"1\" w:author=\"A\"><w:r><w:t"
                + " xml:space=\"preserve\"> Inserted</w:t></w:r></w:ins><w:del w:id=\"2\" w:author=\"A\"><w:r>"
                + "<w:delText>Deleted</w:delText></w:r></w:del><w:commentRangeEnd w:id=\"0\"/><w:r>"
                + "<w:commentReference w:id=\"0\"/></w:r>";
        edited.put("customXml/item1.xml", null, "<office>Secret office</office>");
        edited.documentRelationships.put("rIdCustom", "customXml\" Target=\"../customXml/item1.xml");
        edited.put("word/comments.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml."
                + "comments+xml", "<w:comments " + WordTemplates.W + "><w:comment w:id=\"0\" w:author=\"A\"><w:p>"
                + "<w:r><w:t>Check the address</w:t></w:r></w:p></w:comment></w:comments>");
        edited.documentRelationships.put("rIdComments", "comments\" Target=\"comments.xml");

        byte[] docx = render(Samples.sample(), RenderOptions.defaults(), edited);

        DocxDocumentReader reader = new DocxDocumentReader(docx);
        assertThat(reader.parts().keySet()).noneMatch(name -> name.contains("customXml") || name.contains("comment"));
        assertThat(reader.strings("word/header1.xml", "//w:t")).containsExactly("  " + WordTemplates.HEADER_TEXT,
                " office", " Inserted");
        assertThat(reader.names("word/header1.xml", "//w:p/*")).containsOnly("pPr", "r");
        assertThat(everything(reader.parts())).doesNotContain("Deleted", "Check the address", "Secret office");
        assertThat(warnings).containsExactly(
                "letterhead.dotx: left out of every bulletin: its custom XML, customXml/item1.xml",
                "letterhead.dotx: left out of every bulletin: its comments, word/comments.xml",
                "letterhead.dotx: left out of every bulletin: the custom XML in word/header1.xml",
                "letterhead.dotx: left out of every bulletin: the comments in word/header1.xml",
                "letterhead.dotx: left out of every bulletin: its tracked changes in word/header1.xml (accepted:"
                        + " insertions kept, deletions gone)");
        assertThat(OoxmlSchemaValidator.problems(docx)).isEmpty();
    }

    @Test
    void aStyleThatCanHardlyBeSeenIsKeptAndSaidSo() throws IOException {
        WordTemplates banner = WordTemplates.letterhead();
        // A white title, made to sit on a dark banner in the template's body, which is not copied.
        banner.put("word/styles.xml", null, "<w:styles " + WordTemplates.W + "><w:style w:type=\"paragraph\""
                + " w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:rPr><w:color w:val=\"FFFFFF\"/></w:rPr>"
                + "</w:style></w:styles>");

        DocxDocumentReader reader = new DocxDocumentReader(render(Samples.sample(), RenderOptions.defaults(),
                banner));

        assertThat(reader.string("word/styles.xml", "//w:style[@w:styleId='Title']/w:rPr/w:color/@w:val"))
                .isEqualTo("FFFFFF");
        assertThat(warnings).containsExactly("letterhead.dotx: its Title style's colour, #FFFFFF, has a contrast of"
                + " 1.00:1 on white; the bulletin's text in that style will hardly be seen");
    }

    @Test
    void unsoundTemplatesAreRefusedWithTheirReasons() {
        WordTemplates doctype = WordTemplates.letterhead();
        doctype.header = "&secret;";
        byte[] withDoctype = ZipParts.replace(doctype.bytes(), "word/header1.xml",
                xml -> "<?xml version=\"1.0\"?><!DOCTYPE w:hdr [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>"
                        + xml);
        byte[] noDocument = withoutPart(WordTemplates.letterhead().bytes(), "word/document.xml");

        assertThat(refusal("plain text".getBytes(StandardCharsets.UTF_8))).containsExactly("letterhead.dotx: is not a"
                + " Word document (.docx): a .docx is a ZIP archive, and this file is not one");
        assertThat(refusal(bomb())).singleElement().asString().startsWith("letterhead.dotx: has a part,"
                + " word/bomb.xml, that expands more than 100 times");
        assertThat(refusal(withDoctype)).containsExactly("letterhead.dotx: has a part, word/header1.xml, that"
                + " declares a DOCTYPE, which a Word document never does; it is refused, and no entity it declares"
                + " is read");
        assertThat(refusal(noDocument)).singleElement().asString().startsWith("letterhead.dotx: ")
                .contains("main document");
        assertThat(warnings).isEmpty();
    }

    @Test
    void theWordReadersBadDocumentsAreRefusedAsTemplatesForTheSameReasons() throws IOException {
        for (String name : List.of("not-a-zip", "cut-short", "zip-bomb", "external-entity")) {
            byte[] bad = Files.readAllBytes(Path.of("src", "test", "resources", "bad", name + ".docx"));
            String expected = Files.readString(Path.of("src", "test", "resources", "bad", name + ".expected"))
                    .strip();
            // The reader's messages, in the template's name rather than the document's.
            assertThat(refusal(bad)).as(name).containsExactly(expected.replace(name + ".docx",
                    "letterhead.dotx"));
        }
    }

    private static List<String> refusal(byte[] template) {
        WordTemplate named = WordTemplate.of("letterhead.dotx", template);
        List<String> lines = new ArrayList<>();
        assertThatThrownBy(() -> DocxRenderer.builder().wordTemplate(named).build())
                .isInstanceOfSatisfying(InvalidBulletinException.class, e -> lines.addAll(e.lines()));
        return lines;
    }

    /** The letterhead with a part of 8 MB of spaces, which deflate to a few kilobytes. */
    private static byte[] bomb() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> part : DocxDocumentReader.entries(WordTemplates.letterhead().bytes())
                    .entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("word/bomb.xml"));
            byte[] spaces = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 8; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.toByteArray();
    }

    private static byte[] withoutPart(byte[] zip, String name) {
        Map<String, byte[]> parts = new LinkedHashMap<>(DocxDocumentReader.entries(zip));
        parts.remove(name);
        return WordTemplates.zip(parts);
    }

    private static String everything(Map<String, byte[]> parts) {
        StringBuilder all = new StringBuilder();
        parts.forEach((name, bytes) -> all.append(name).append('\n')
                .append(new String(bytes, StandardCharsets.UTF_8)).append('\n'));
        return all.toString();
    }
}
