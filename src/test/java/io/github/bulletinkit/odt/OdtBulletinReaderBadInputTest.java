package io.github.bulletinkit.odt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.bulletinkit.model.InvalidBulletinException;
import io.github.bulletinkit.testing.Samples;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bad files are refused with the file, the place and the problem named, every problem at once: not a ZIP, cut
 * short, a ZIP bomb, a DOCTYPE with external entities in any part (never resolved), no table, rows of another
 * shape, a date that cannot be read, a picture or a link inside the document where a bulletin has none.
 */
class OdtBulletinReaderBadInputTest {

    private final byte[] rendered = OdtRenderer.create().render(Samples.sample());

    @TempDir
    Path dir;

    @Test
    void aFileThatIsNoZipArchiveIsRefused() {
        assertThat(problems("not an archive".getBytes(StandardCharsets.UTF_8))).containsExactly("bad.odt: is not an"
                + " OpenDocument text (.odt): a .odt is a ZIP archive, and this file is not one");
        assertThat(problems(new byte[0])).containsExactly("bad.odt: is empty; expected an OpenDocument text (.odt)");
        assertThat(problems(Arrays.copyOf(rendered, rendered.length / 2))).containsExactly("bad.odt: is cut short"
                + " or damaged: its ZIP archive has no directory at the end; save or copy the document again");
    }

    @Test
    void aZipBombIsStoppedAtItsFirstMegabytes() throws IOException {
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
            zip.putNextEntry(new ZipEntry("content.xml"));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 200; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }
        assertThat(problems(bomb.toByteArray())).containsExactly("bad.odt: has a part, content.xml, that expands"
                + " more than 100 times, far more than a document's text does; it looks like a ZIP bomb");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"content.xml", "styles.xml", "meta.xml", "META-INF/manifest.xml"})
    void anExternalEntityInAnyPartIsNeverResolved(String part) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "the secret");
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String doctype = "<!DOCTYPE x [<!ENTITY file SYSTEM \"" + secret.toUri() + "\"><!ENTITY web SYSTEM"
                    + " \"http://127.0.0.1:" + server.getLocalPort() + "/entity\">]>";
            byte[] spoiled = replace(rendered, part, xml -> xml.replaceFirst("\\?>", "?>" + doctype)
                    .replaceFirst("(<[A-Za-z:]+ [^>]*>)", "$1&file;&web;"));

            assertThat(problems(spoiled)).containsExactly("bad.odt: has a part, " + part + ", that declares a"
                    + " DOCTYPE, which an OpenDocument text never does; it is refused, and no entity it declares is"
                    + " read");
            server.setSoTimeout(200);
            assertThat(catchThrowableOfType(SocketTimeoutException.class, server::accept))
                    .as("nobody asked for the entity").isNotNull();
        }
    }

    @Test
    void aDocumentWithoutATableIsRefused() {
        byte[] edited = replace(rendered, "content.xml", xml -> xml.replaceAll("<table:table .*</table:table>", ""));

        assertThat(problems(edited)).containsExactly("bad.odt: has no table; a bulletin's entries are the rows of a"
                + " two-column table after its title");
    }

    @Test
    void everyProblemOfTheRowsIsNamedAtItsPlace() {
        byte[] edited = replace(rendered, "content.xml", xml -> xml
                .replaceFirst("Date published: 17 December 2024", "Date published: sometime in December")
                .replaceFirst("(<table:table-row table:style-name=\"Entries.Row\">)", "$1<table:table-cell><text:p>"
                        + "x</text:p></table:table-cell>")
                .replaceFirst("(Illegal children’s homes</text:a>)", "$1<draw:frame><draw:image/>"
                        + "</draw:frame>")
                .replaceFirst("(Read the news story: </text:span>)", "$1<text:a xlink:href=\"#elsewhere\">here"
                        + "</text:a>"));

        assertThat(problems(edited)).containsExactly(
                "bad.odt: table row 2: has 3 cells; a bulletin's table has two columns, the information and the links",
                "bad.odt: table row 3, right cell, paragraph 1: holds a link to \"elsewhere\", a place inside the"
                        + " document; a bulletin's links go to web or mail addresses",
                "bad.odt: table row 3, left cell, paragraph 3: cannot read the date \"sometime in December\"; write it"
                        + " as the bulletin does, such as 06 January 2025, or as 2025-01-06",
                "bad.odt: table row 4, right cell, paragraph 1: holds a picture, which a bulletin cannot hold; remove"
                        + " it");
    }

    @Test
    void aPartThatIsNotWellFormedIsNamedWithItsLine() {
        byte[] edited = replace(rendered, "content.xml", xml -> xml.replaceFirst("</text:h>", ""));

        assertThat(problems(edited)).singleElement().asString().startsWith("bad.odt: content.xml, line 1: is not"
                + " well-formed XML: ");
    }

    private List<String> problems(byte[] odt) {
        return catchThrowableOfType(InvalidBulletinException.class,
                () -> new OdtBulletinReader().read(new ByteArrayInputStream(odt), "bad.odt")).lines();
    }

    /** The package with one part changed, the others as they were, mimetype first and stored. */
    static byte[] replace(byte[] odt, String name, UnaryOperator<String> change) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                for (Map.Entry<String, byte[]> part : OdtPackageTest.parts(odt).entrySet()) {
                    byte[] bytes = part.getKey().equals(name) ? change.apply(new String(part.getValue(),
                            StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8) : part.getValue();
                    ZipEntry entry = new ZipEntry(part.getKey());
                    if (part.getKey().equals("mimetype")) {
                        CRC32 crc = new CRC32();
                        crc.update(bytes);
                        entry.setMethod(ZipEntry.STORED);
                        entry.setSize(bytes.length);
                        entry.setCrc(crc.getValue());
                    }
                    zip.putNextEntry(entry);
                    zip.write(bytes);
                    zip.closeEntry();
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
