package io.github.bulletinkit.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinkit.json.BulletinJsonWriter;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.testing.ExternalTool;
import io.github.bulletinkit.testing.RandomBulletins;
import io.github.bulletinkit.testing.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bulletin that LibreOffice opened and saved again as DOCX reads back the same: LibreOffice renames the
 * Hyperlink style, rewrites every run and paragraph, and turns links with a fragment into HYPERLINK fields.
 * The same holds of bulletins laid out for paper, with their printed addresses and QR codes.
 */
class DocxBulletinReaderLibreOfficeTest {

    @TempDir
    Path dir;

    @Test
    void aDocumentSavedAgainByLibreOfficeReadsBackTheSame() throws Exception {
        ExternalTool soffice = ExternalTool.require("soffice");
        List<Bulletin> bulletins = new ArrayList<>(List.of(Samples.sample(), TestBulletins.rich(),
                TestBulletins.multilingual()));
        RandomBulletins.seeds(12).mapToObj(RandomBulletins::bulletin).forEach(bulletins::add);
        List<byte[]> documents = new ArrayList<>();
        bulletins.forEach(bulletin -> documents.add(DocxRenderer.create().render(bulletin)));
        for (Bulletin bulletin : List.of(Samples.sample(), TestBulletins.rich())) {
            bulletins.add(bulletin);
            documents.add(DocxRenderer.builder().forPrint(true).build().render(bulletin));
        }
        Path saved = Files.createDirectories(dir.resolve("saved"));
        List<String> arguments = new ArrayList<>(List.of("-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--convert-to", "docx", "--outdir", saved.toString()));
        for (int i = 0; i < bulletins.size(); i++) {
            Path docx = dir.resolve("bulletin" + i + ".docx");
            Files.write(docx, documents.get(i));
            arguments.add(docx.toString());
        }
        soffice.run(dir, Duration.ofMinutes(3), arguments.toArray(String[]::new));

        DocxBulletinReader reader = new DocxBulletinReader();
        for (int i = 0; i < bulletins.size(); i++) {
            Path resaved = saved.resolve("bulletin" + i + ".docx");
            assertThat(Files.readAllBytes(resaved)).as("LibreOffice rewrote the document")
                    .isNotEqualTo(Files.readAllBytes(dir.resolve("bulletin" + i + ".docx")));
            assertThat(reader.read(resaved)).as("bulletin %d, %s", i,
                    BulletinJsonWriter.create().write(bulletins.get(i))).isEqualTo(bulletins.get(i));
        }
    }
}
