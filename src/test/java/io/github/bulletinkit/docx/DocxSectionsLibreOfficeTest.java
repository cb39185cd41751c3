package io.github.bulletinkit.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinkit.contract.ContractBulletins;
import io.github.bulletinkit.json.BulletinJsonWriter;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.RichText;
import io.github.bulletinkit.model.Section;
import io.github.bulletinkit.testing.ExternalTool;
import io.github.bulletinkit.testing.RandomBulletins;
import io.github.bulletinkit.testing.ReadingOrder;
import io.github.bulletinkit.testing.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LibreOffice, a reader we did not write, lays a bulletin of sections out with every section's heading, and a
 * bulletin of sections that it saved again as DOCX reads back the same.
 */
class DocxSectionsLibreOfficeTest {

    @TempDir
    Path dir;

    @Test
    void libreOfficeShowsTheIntroductionTheContentsEverySectionsHeadingAndTheClosingInOrder() throws Exception {
        ExternalTool soffice = ExternalTool.require("soffice");
        ExternalTool pdftotext = ExternalTool.require("pdftotext");
        List<Bulletin> bulletins = List.of(Samples.read(DocxSectionsRoundTripTest.SAMPLE),
                ContractBulletins.sectioned());
        convert(soffice, "pdf", dir, bulletins);

        for (int i = 0; i < bulletins.size(); i++) {
            Bulletin bulletin = bulletins.get(i);
            String text = pdftotext.run(dir, Duration.ofMinutes(1), dir.resolve("bulletin" + i + ".pdf").toString(),
                    "-");
            List<String> headings = bulletin.sections().stream().map(Section::heading).toList();
            List<String> expected = new ArrayList<>(List.of(bulletin.title()));
            bulletin.introduction().stream().map(RichText::plainText).forEach(expected::add);
            expected.add("Contents");
            expected.addAll(headings);
            for (Section section : bulletin.sections()) {
                expected.add(section.heading());
                expected.add(bulletin.informationHeading());
                expected.add(section.entries().get(0).topic());
            }
            bulletin.closing().stream().map(RichText::plainText).forEach(expected::add);
            ReadingOrder.assertLettersInOrder(text, expected, "LibreOffice's PDF of bulletin " + i);
        }
    }

    @Test
    void aBulletinOfSectionsSavedAgainByLibreOfficeReadsBackTheSame() throws Exception {
        ExternalTool soffice = ExternalTool.require("soffice");
        List<Bulletin> bulletins = new ArrayList<>(List.of(Samples.read(DocxSectionsRoundTripTest.SAMPLE),
                ContractBulletins.sectioned()));
        RandomBulletins.seeds(8).mapToObj(RandomBulletins::sectioned).forEach(bulletins::add);
        Path saved = Files.createDirectories(dir.resolve("saved"));
        convert(soffice, "docx", saved, bulletins);

        DocxBulletinReader reader = new DocxBulletinReader();
        for (int i = 0; i < bulletins.size(); i++) {
            Path resaved = saved.resolve("bulletin" + i + ".docx");
            assertThat(Files.readAllBytes(resaved)).as("LibreOffice rewrote the document")
                    .isNotEqualTo(Files.readAllBytes(dir.resolve("bulletin" + i + ".docx")));
            assertThat(WordEdits.part(Files.readAllBytes(resaved), WordEdits.STYLES)).as("its own style names")
                    .contains("w:styleId=\"ContentsHeading\"");
            assertThat(reader.read(resaved)).as("bulletin %d, %s", i,
                    BulletinJsonWriter.create().write(bulletins.get(i))).isEqualTo(bulletins.get(i));
        }
    }

    /** Writes each bulletin's DOCX into the temporary folder and has LibreOffice convert them all at once. */
    private void convert(ExternalTool soffice, String format, Path into, List<Bulletin> bulletins) throws Exception {
        List<String> arguments = new ArrayList<>(List.of("-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--convert-to", format, "--outdir", into.toString()));
        for (int i = 0; i < bulletins.size(); i++) {
            Path docx = dir.resolve("bulletin" + i + ".docx");
            Files.write(docx, DocxRenderer.create().render(bulletins.get(i)));
            arguments.add(docx.toString());
        }
        soffice.run(dir, Duration.ofMinutes(3), arguments.toArray(String[]::new));
    }
}
