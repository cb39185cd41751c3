package io.github.bulletinkit.odt;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinkit.format.RenderOptions;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.testing.Samples;
import io.github.bulletinkit.testing.TestThemes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * The package is as ODF wants it, read with {@code java.util.zip}: {@code mimetype} first, stored, its media type
 * at byte 38 for programs that look there; a manifest that lists every part with its media type and nothing
 * else; and the same bulletin gives the same bytes, and another creation date other bytes.
 */
class OdtPackageTest {

    private static final OdtRenderer THEMED_FOR_PRINT = OdtRenderer.builder().options(RenderOptions.builder()
            .theme(TestThemes.organisation()).forPrint(true).build()).build();

    @Test
    void mimetypeComesFirstStoredWithTheMediaTypeAtByte38() throws IOException {
        byte[] odt = THEMED_FOR_PRINT.render(Samples.sample());
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(odt))) {
            ZipEntry first = zip.getNextEntry();
            assertThat(first.getName()).isEqualTo("mimetype");
            assertThat(first.getMethod()).isEqualTo(ZipEntry.STORED);
            assertThat(first.getExtra()).isNull();
            assertThat(new String(zip.readAllBytes(), StandardCharsets.US_ASCII))
                    .isEqualTo("application/vnd.oasis.opendocument.text");
        }
        assertThat(new String(odt, 30, 8 + 39, StandardCharsets.US_ASCII))
                .isEqualTo("mimetypeapplication/vnd.oasis.opendocument.text");
    }

    @Test
    void theManifestListsEveryPartWithItsMediaType() throws IOException {
        for (Bulletin bulletin : List.of(Samples.sample(), Samples.sectioned())) {
            Map<String, byte[]> parts = parts(THEMED_FOR_PRINT.render(bulletin));
            String manifest = new String(parts.get("META-INF/manifest.xml"), StandardCharsets.UTF_8);
            Map<String, String> listed = new LinkedHashMap<>();
            Matcher entry = Pattern.compile("<manifest:file-entry manifest:full-path=\"([^\"]+)\"[^>]*"
                    + "manifest:media-type=\"([^\"]+)\"").matcher(manifest);
            while (entry.find()) {
                listed.put(entry.group(1), entry.group(2));
            }
            List<String> stored = new ArrayList<>(parts.keySet());
            stored.removeAll(List.of("mimetype", "META-INF/manifest.xml"));
            assertThat(listed.remove("/")).isEqualTo("application/vnd.oasis.opendocument.text");
            assertThat(listed.keySet()).containsExactlyElementsOf(stored);
            assertThat(listed).containsEntry("content.xml", "text/xml").containsEntry("styles.xml", "text/xml")
                    .containsEntry("meta.xml", "text/xml");
            // The logo, and a QR code for each address, each once.
            assertThat(listed.values()).contains("image/png", "image/svg+xml");
        }
    }

    @Test
    void theSameBulletinGivesTheSameBytes() {
        Bulletin bulletin = Samples.sectioned();
        byte[] first = THEMED_FOR_PRINT.render(bulletin);
        assertThat(THEMED_FOR_PRINT.render(bulletin)).isEqualTo(first);
        assertThat(OdtRenderer.builder().options(THEMED_FOR_PRINT.options()).build().render(bulletin))
                .isEqualTo(first);
        OdtRenderer later = OdtRenderer.builder().options(THEMED_FOR_PRINT.options().toBuilder()
                .created(java.time.Instant.parse("2030-01-02T03:04:05Z")).build()).build();
        assertThat(later.render(bulletin)).isNotEqualTo(first);
    }

    static Map<String, byte[]> parts(byte[] odt) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(odt))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                parts.put(entry.getName(), zip.readAllBytes());
            }
        }
        return parts;
    }
}
