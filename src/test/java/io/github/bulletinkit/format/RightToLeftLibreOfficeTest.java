package io.github.bulletinkit.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinkit.testing.ExternalTool;
import io.github.bulletinkit.testing.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * In the DOCX and the ODT alike, LibreOffice lays the Arabic sample's table out mirrored, Information on the right, and an Urdu entry in an
 * English bulletin against its cell's right edge, as {@code pdftotext -bbox} finds the words on its page.
 */
class RightToLeftLibreOfficeTest {

    @TempDir
    Path dir;

    static Stream<RendererProvider> editable() {
        return RendererProvider.discover().stream().filter(p -> Set.of("docx", "odt").contains(p.format()));
    }

    @ParameterizedTest
    @MethodSource("editable")
    void libreOfficeMirrorsTheArabicTableAndAlignsRightToLeftEntriesRight(RendererProvider format)
            throws Exception {
        ExternalTool soffice = ExternalTool.require("soffice");
        ExternalTool pdftotext = ExternalTool.require("pdftotext");
        BulletinRenderer renderer = format.create(RenderOptions.defaults());
        String extension = "." + format.fileExtension();
        Files.write(dir.resolve("ar" + extension),
                renderer.render(Samples.read(Path.of("samples", "tahdithat-alhimaya.json"))));
        Files.write(dir.resolve("community" + extension),
                renderer.render(Samples.read(Path.of("samples", "community-languages.json"))));
        soffice.run(dir, Duration.ofMinutes(3), "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", dir.toString(), dir.resolve("ar" + extension)
                .toString(), dir.resolve("community" + extension).toString());

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
