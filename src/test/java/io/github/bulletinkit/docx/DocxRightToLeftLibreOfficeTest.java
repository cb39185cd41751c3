package io.github.bulletinkit.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinkit.testing.ExternalTool;
import io.github.bulletinkit.testing.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LibreOffice lays the Arabic sample's table out mirrored, Information on the right, and an Urdu entry in an
 * English bulletin against its cell's right edge, as {@code pdftotext -bbox} finds the words on its page.
 */
class DocxRightToLeftLibreOfficeTest {

    @TempDir
    Path dir;

    @Test
    void libreOfficeMirrorsTheArabicTableAndAlignsRightToLeftEntriesRight() throws Exception {
        ExternalTool soffice = ExternalTool.require("soffice");
        ExternalTool pdftotext = ExternalTool.require("pdftotext");
        Files.write(dir.resolve("ar.docx"), DocxRenderer.create()
                .render(Samples.read(Path.of("samples", "tahdithat-alhimaya.json"))));
        Files.write(dir.resolve("community.docx"), DocxRenderer.create()
                .render(Samples.read(Path.of("samples", "community-languages.json"))));
        soffice.run(dir, Duration.ofMinutes(3), "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", dir.toString(), dir.resolve("ar.docx").toString(),
                dir.resolve("community.docx").toString());

        String arabic = pdftotext.run(dir, Duration.ofMinutes(1), "-bbox", dir.resolve("ar.pdf").toString(), "-");
        // pdftotext gives Arabic words in the order their glyphs stand, right to left: reversed.
        assertThat(left(arabic, "المعلومات")).as("the Information heading's left edge")
                .isGreaterThan(left(arabic, "الرابط") + 200);

        String community = pdftotext.run(dir, Duration.ofMinutes(1), "-bbox", dir.resolve("community.pdf").toString(),
                "-");
        assertThat(left(community, "حفاظت")).as("the Urdu topic, against its cell's right edge")
                .isGreaterThan(left(community, "Community") + 200);
        assertThat(left(community, "Information")).isLessThan(left(community, "Link"));
    }

    /** The left edge of the first word on the page that is {@code word}, either way round. */
    private static double left(String bbox, String word) {
        String reversed = new StringBuilder(word).reverse().toString();
        Matcher found = Pattern.compile("<word xMin=\"([0-9.]+)\"[^>]*>(" + Pattern.quote(word) + "|"
                + Pattern.quote(reversed) + ")</word>").matcher(bbox);
        assertThat(found.find()).as("%s on the page", word).isTrue();
        return Double.parseDouble(found.group(1));
    }
}
