package io.github.bulletinkit.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinkit.json.BulletinJsonWriter;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.testing.ExternalTool;
import io.github.bulletinkit.testing.RandomBulletins;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LibreOffice lays the Welsh sample out with its Welsh labels, dates and footer; and bulletins in several
 * languages that it saved again as DOCX, giving each tag without a region the region it thinks likely, read
 * back exactly.
 */
class DocxLanguagesLibreOfficeTest {

    @TempDir
    Path dir;

    @Test
    void libreOfficeShowsTheWelshLabelsDatesAndFooter() throws Exception {
        ExternalTool soffice = ExternalTool.require("soffice");
        ExternalTool pdftotext = ExternalTool.require("pdftotext");
        convert(soffice, "pdf", dir, List.of(DocxRenderer.create().render(LanguageBulletins.welshSample())));

        String text = pdftotext.run(dir, Duration.ofMinutes(1), dir.resolve("bulletin0.pdf").toString(), "-");
        assertThat(text).contains("Gwybodaeth", "Dolen", "Ffynhonnell: NSPCC Learning",
                "Dyddiad cyhoeddi: 06 Ionawr 2025", "Dyddiad cyhoeddi: 12 Rhagfyr 2024", "Ffynhonnell: Ofcom",
                "Tudalen 1 o 1").doesNotContain("Source:", "Date published:", "Page 1");
    }

    @Test
    void bulletinsInSeveralLanguagesSavedAgainByLibreOfficeReadBackExactly() throws Exception {
        ExternalTool soffice = ExternalTool.require("soffice");
        List<Bulletin> bulletins = new ArrayList<>(List.of(LanguageBulletins.welshSample(),
                LanguageBulletins.englishWithWelsh(), LanguageBulletins.scripts(), LanguageBulletins.polish(),
                LanguageBulletins.polishWithLabels()));
        // LibreOffice writes two tags of a bulletin alike when one is the other without a region (cy and cy-GB
        // both as cy-GB): what tells them apart is gone, and no reader can give both back.
        RandomBulletins.seeds(30).mapToObj(RandomBulletins::multilingual)
                .filter(bulletin -> tagsApart(DocxRenderer.create().render(bulletin))).limit(12)
                .forEach(bulletins::add);
        List<byte[]> documents = new ArrayList<>();
        bulletins.forEach(bulletin -> documents.add(DocxRenderer.create().render(bulletin)));
        bulletins.add(LanguageBulletins.welshSample());
        documents.add(DocxRenderer.builder().forPrint(true).build().render(LanguageBulletins.welshSample()));
        Path saved = Files.createDirectories(dir.resolve("saved"));
        convert(soffice, "docx", saved, documents);

        DocxBulletinReader reader = new DocxBulletinReader();
        SoftAssertions softly = new SoftAssertions();
        for (int i = 0; i < bulletins.size(); i++) {
            Path resaved = saved.resolve("bulletin" + i + ".docx");
            softly.assertThat(Files.readAllBytes(resaved)).as("LibreOffice rewrote the document")
                    .isNotEqualTo(Files.readAllBytes(dir.resolve("bulletin" + i + ".docx")));
            softly.assertThat(reader.read(resaved)).as("bulletin %d, %s", i,
                    BulletinJsonWriter.create().write(bulletins.get(i))).isEqualTo(bulletins.get(i));
        }
        softly.assertAll();
        // What the reader undoes: LibreOffice gave the Welsh sample's English spans a region.
        assertThat(WordEdits.part(Files.readAllBytes(saved.resolve("bulletin0.docx")), WordEdits.DOCUMENT))
                .contains("w:val=\"en-US\"").doesNotContain("w:val=\"en\"");
    }

    /** Whether no tag that the document's runs are marked with is another of them without its region. */
    private static boolean tagsApart(byte[] docx) {
        DocxDocumentReader document = new DocxDocumentReader(docx);
        if (!document.parts().containsKey("docProps/custom.xml")) {
            return true;
        }
        List<Locale> tags = document.strings("docProps/custom.xml", "/*/*[@name='BulletinKit languages']/*").stream()
                .flatMap(list -> Arrays.stream(list.split(" "))).map(Locale::forLanguageTag).toList();
        return tags.stream().noneMatch(tag -> tag.getCountry().isEmpty() && tags.stream().anyMatch(other ->
                other.getLanguage().equals(tag.getLanguage()) && !other.getCountry().isEmpty()));
    }

    /** Writes each document into the temporary folder and has LibreOffice convert them all at once. */
    private void convert(ExternalTool soffice, String format, Path into, List<byte[]> documents) throws Exception {
        List<String> arguments = new ArrayList<>(List.of("-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--convert-to", format, "--outdir", into.toString()));
        for (int i = 0; i < documents.size(); i++) {
            Path docx = dir.resolve("bulletin" + i + ".docx");
            Files.write(docx, documents.get(i));
            arguments.add(docx.toString());
        }
        soffice.run(dir, Duration.ofMinutes(3), arguments.toArray(String[]::new));
    }
}
