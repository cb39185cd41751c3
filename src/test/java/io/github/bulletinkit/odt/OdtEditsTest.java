package io.github.bulletinkit.odt;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.Entry;
import io.github.bulletinkit.model.RichText;
import io.github.bulletinkit.model.Run;
import io.github.bulletinkit.model.Style;
import io.github.bulletinkit.testing.ExternalTool;
import io.github.bulletinkit.testing.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ODT edited as an editor edits it in LibreOffice (a topic reworded, words made bold, a row deleted), then
 * saved again by LibreOffice, reads back as the bulletin with those edits and nothing else changed.
 */
class OdtEditsTest {

    @TempDir
    Path dir;

    @Test
    void anEditedDocumentSavedByLibreOfficeReadsBackWithItsEdits() throws Exception {
        ExternalTool soffice = ExternalTool.require("soffice");
        Bulletin sample = Samples.sample();
        byte[] edited = OdtBulletinReaderBadInputTest.replace(OdtRenderer.create().render(sample), "content.xml",
                xml -> xml
                        .replaceFirst(">Child safeguarding incidents<", ">Child safeguarding incidents in 2024<")
                        .replaceFirst("published a CASPAR briefing", "published a <text:span text:style-name="
                                + "\"Bold\">CASPAR briefing</text:span>")
                        .replaceFirst("<office:automatic-styles>", "<office:automatic-styles><style:style"
                                + " style:name=\"Bold\" style:family=\"text\"><style:text-properties"
                                + " fo:font-weight=\"bold\"/></style:style>")
                        .replaceFirst("(?s)<table:table-row table:style-name=\"Entries.Row\">(?:(?!<table:table-row)"
                                + ".)*</table:table-row></table:table>", "</table:table>"));
        Path odt = Files.write(dir.resolve("edited.odt"), edited);
        Path saved = Files.createDirectories(dir.resolve("saved"));
        soffice.run(dir, Duration.ofMinutes(3), "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--convert-to", "odt", "--outdir", saved.toString(), odt.toString());

        List<Entry> entries = new ArrayList<>(sample.entries().subList(0, sample.entries().size() - 1));
        Entry first = entries.get(0);
        String summary = first.summary().get(0).plainText();
        int bold = summary.indexOf("CASPAR briefing");
        RichText emphasised = new RichText(List.of(Run.plain(summary.substring(0, bold)),
                Run.styled("CASPAR briefing", Style.BOLD), Run.plain(summary.substring(bold + 15))));
        entries.set(0, new Entry("Child safeguarding incidents in 2024", first.source(), first.published(),
                List.of(emphasised), first.links(), first.language()));
        Bulletin expected = new Bulletin(sample.title(), sample.subtitle(), sample.publisher(), sample.language(),
                sample.informationHeading(), sample.linkHeading(), sample.labels(), sample.introduction(), entries,
                sample.sections(), sample.closing());

        assertThat(new OdtBulletinReader().read(odt)).as("as edited").isEqualTo(expected);
        assertThat(new OdtBulletinReader().read(saved.resolve("edited.odt"))).as("saved again by LibreOffice")
                .isEqualTo(expected);
    }
}
