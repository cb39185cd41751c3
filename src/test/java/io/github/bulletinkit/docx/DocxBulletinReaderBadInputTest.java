package io.github.bulletinkit.docx;

import static io.github.bulletinkit.docx.WordEdits.DOCUMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.bulletinkit.format.ReadLimits;
import io.github.bulletinkit.model.InvalidBulletinException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Files that are not Word bulletins are refused with every problem, at its place, and cost little to refuse. */
class DocxBulletinReaderBadInputTest {

    @TempDir
    Path dir;

    private final byte[] rendered = DocxRenderer.create().render(TestBulletins.rich());

    @Test
    void textIsNotAWordDocument() {
        assertThat(problems("Title\n\nInformation\tLink\n".getBytes(StandardCharsets.UTF_8))).containsExactly(
                "bad.docx: is not a Word document (.docx): a .docx is a ZIP archive, and this file is not one");
        assertThat(problems(new byte[0])).containsExactly("bad.docx: is empty; expected a Word document (.docx)");
    }

    @Test
    void aDocumentCutShortIsRefused() {
        assertThat(problems(Arrays.copyOf(rendered, rendered.length / 2))).containsExactly("bad.docx: is cut short"
                + " or damaged: its ZIP archive has no directory at the end; save or copy the document again");
    }

    @Test
    void aZipBombIsStoppedAtItsFirstMegabytes() throws IOException {
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 200; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }
        assertThat(bomb.size()).isLessThan(300_000);

        assertThat(problems(bomb.toByteArray())).containsExactly("bad.docx: has a part, word/document.xml, that"
                + " expands more than 100 times, far more than a document's text does; it looks like a ZIP bomb");
    }

    @Test
    void partsThatExpandBeyondTheLimitTogetherAreRefused() {
        // A real document whose text compresses more than 16 times, read with a limit of its own size.
        byte[] large = DocxRenderer.create().render(TestBulletins.many(200));
        DocxBulletinReader small = new DocxBulletinReader(ReadLimits.defaults().withMaxInputBytes(large.length));

        assertThat(catchThrowableOfType(InvalidBulletinException.class,
                () -> small.read(new ByteArrayInputStream(large), "bad.docx")).lines()).containsExactly(
                "bad.docx: expands to more than " + 16L * large.length + " bytes (16 times the limit on the file's"
                        + " size), far more than a document does; it looks like a ZIP bomb");
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedBeforeItIsRead() throws IOException {
        Path file = Files.write(dir.resolve("large.docx"), rendered);
        DocxBulletinReader small = new DocxBulletinReader(ReadLimits.defaults().withMaxInputBytes(1000));

        assertThat(catchThrowableOfType(InvalidBulletinException.class, () -> small.read(file)).lines())
                .containsExactly(file + ": is " + rendered.length + " bytes, more than the limit of 1000 bytes");
        assertThat(catchThrowableOfType(InvalidBulletinException.class,
                () -> small.read(new ByteArrayInputStream(rendered), "bad.docx")).lines())
                .containsExactly("bad.docx: is longer than the limit of 1000 bytes");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"word/document.xml", "word/styles.xml", "docProps/core.xml", "[Content_Types].xml",
        "_rels/.rels", "word/_rels/document.xml.rels"})
    void anExternalEntityInAnyPartIsNeverResolved(String part) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "the secret");
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String doctype = "<!DOCTYPE x [<!ENTITY file SYSTEM \"" + secret.toUri() + "\"><!ENTITY web SYSTEM"
                    + " \"http://127.0.0.1:" + server.getLocalPort() + "/entity\">]>";
            byte[] spoiled = ZipParts.replace(rendered, part, xml -> xml.replaceFirst("\\?>", "?>" + doctype)
                    .replaceFirst("(<[A-Za-z:]+ [^>]*>)", "$1&file;&web;"));

            assertThat(problems(spoiled)).containsExactly("bad.docx: has a part, " + part + ", that declares a"
                    + " DOCTYPE, which a Word document never does; it is refused, and no entity it declares is read");
            server.setSoTimeout(200);
            assertThat(catchThrowableOfType(SocketTimeoutException.class, server::accept))
                    .as("nobody asked for the entity").isNotNull();
        }
    }

    @Test
    void aDocumentWithoutATableIsRefused() {
        byte[] edited = ZipParts.replace(rendered, DOCUMENT, d -> d.replaceAll("<w:tbl>.*</w:tbl>", ""));

        assertThat(problems(edited)).containsExactly("bad.docx: has no table; a bulletin's entries are the rows of a"
                + " two-column table after its title");
    }

    @Test
    void aTableWithOtherColumnsIsRefusedRowByRow() {
        byte[] edited = ZipParts.replace(rendered, DOCUMENT,
                d -> d.replace("</w:tc></w:tr>", "</w:tc><w:tc><w:p><w:r><w:t>Notes</w:t></w:r></w:p></w:tc></w:tr>"));

        assertThat(problems(edited)).containsExactly(
                "bad.docx: table row 1: has 3 cells; a bulletin's table has two columns, the information and the links",
                "bad.docx: table row 2: has 3 cells; a bulletin's table has two columns, the information and the links",
                "bad.docx: table row 3: has 3 cells; a bulletin's table has two columns, the information and the links");
    }

    @Test
    void everyProblemIsReportedAtItsPlace() {
        byte[] edited = ZipParts.replace(rendered, DOCUMENT, d -> d
                .replace("Date published: 06 January 2025", "Date published: sometime in January")
                .replace("</w:tbl>", "</w:tbl><w:p><w:r><w:t>A note after the table</w:t><w:drawing/></w:r></w:p>")
                .replace("<w:t>Rich Bulletin</w:t>", "<w:t>Rich Bulletin</w:t><w:drawing/>")
                .replace("<w:t>A row whose link cell is empty.</w:t>", "<w:t>A row whose link cell is empty.</w:t>"
                        + "<w:drawing/>"));

        assertThat(problems(edited)).containsExactly(
                "bad.docx: table row 2, left cell, paragraph 3: cannot read the date \"sometime in January\"; write it"
                        + " as the bulletin does, such as 06 January 2025, or as 2025-01-06",
                "bad.docx: table row 3, left cell, paragraph 4: holds a picture, which a bulletin cannot hold; remove"
                        + " it",
                "bad.docx: after the table, paragraph 1: holds a picture, which a bulletin cannot hold; remove it");
    }

    @Test
    void linksToFilesAndToPlacesInsideTheDocumentAreRefused() {
        byte[] edited = ZipParts.replace(ZipParts.replace(rendered, WordEdits.RELATIONSHIPS,
                rels -> rels.replace(TestBulletins.INLINE_URL, "file:///etc/passwd")), DOCUMENT,
                d -> d.replace("<w:p><w:pPr><w:pStyle w:val=\"EntryLink\"/></w:pPr></w:p>", "<w:p><w:hyperlink"
                        + " w:anchor=\"_Toc1\"><w:r><w:t>See above</w:t></w:r></w:hyperlink></w:p>"));

        assertThat(problems(edited)).containsExactly(
                "bad.docx: table row 2, left cell, paragraph 4: a link's address \"file:///etc/passwd\" uses the"
                        + " scheme file:, but only http, https, mailto and tel are allowed",
                "bad.docx: table row 3, right cell, paragraph 1: holds a link to \"_Toc1\", a place inside the"
                        + " document; a bulletin's links go to web or mail addresses");
    }

    private List<String> problems(byte[] docx) {
        return catchThrowableOfType(InvalidBulletinException.class,
                () -> new DocxBulletinReader().read(new ByteArrayInputStream(docx), "bad.docx")).lines();
    }
}
