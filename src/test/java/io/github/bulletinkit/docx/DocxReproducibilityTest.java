package io.github.bulletinkit.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinkit.format.RenderOptions;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.testing.Samples;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** The same bulletin with the same options gives the same bytes, on any thread, at any time. */
class DocxReproducibilityTest {

    private final DocxRenderer renderer = DocxRenderer.create();

    @Test
    void twoRendersAreByteIdentical() {
        byte[] first = renderer.render(Samples.sample());

        assertThat(renderer.render(Samples.sample())).isEqualTo(first);
        assertThat(DocxRenderer.create().render(Samples.sample())).isEqualTo(first);
    }

    @Test
    void theJvmsTimeZoneAndLocaleChangeNothing() {
        byte[] expected = renderer.render(Samples.sample());
        TimeZone zone = TimeZone.getDefault();
        Locale locale = Locale.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            Locale.setDefault(Locale.forLanguageTag("th-TH-u-nu-thai"));
            assertThat(DocxRenderer.create().render(Samples.sample())).isEqualTo(expected);
        } finally {
            TimeZone.setDefault(zone);
            Locale.setDefault(locale);
        }
    }

    @Test
    void anotherCreationDateGivesOtherBytes() {
        RenderOptions later = RenderOptions.builder().created(Instant.parse("2030-01-01T00:00:00Z")).build();

        assertThat(DocxRenderer.builder().options(later).build().render(Samples.sample()))
                .isNotEqualTo(renderer.render(Samples.sample()));
    }

    @Test
    void zipEntriesHaveOneDateAFixedOrderAndNoExtraFields() throws Exception {
        byte[] docx = renderer.render(Samples.sample());
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
                assertThat(entry.getTimeLocal()).isEqualTo(LocalDateTime.of(2025, 1, 6, 0, 0));
                assertThat(entry.getExtra()).isNull();
            }
        }
        assertThat(names).containsExactly("[Content_Types].xml", "_rels/.rels", "docProps/app.xml",
                "docProps/core.xml", "word/_rels/document.xml.rels", "word/document.xml", "word/footer1.xml",
                "word/settings.xml", "word/styles.xml");
    }

    @Test
    void idsAreNumberedNotRandom() {
        DocxDocumentReader reader = new DocxDocumentReader(renderer.render(Samples.sample()));

        assertThat(reader.strings("word/_rels/document.xml.rels", "//rel:Relationship/@Id"))
                .allMatch(id -> id.matches("(rId|link)\\d+"));
        for (String part : reader.parts().keySet()) {
            assertThat(reader.part(part)).as(part).doesNotContain("w:rsid", "w14:paraId", "w14:textId");
        }
        assertThat(new String(reader.parts().get("docProps/core.xml"), StandardCharsets.UTF_8))
                .doesNotContain("Apache POI");
    }

    @Test
    void oneRendererServesEightThreadsAtOnce() throws Exception {
        List<Bulletin> bulletins = List.of(Samples.sample(), TestBulletins.rich(), TestBulletins.multilingual(),
                TestBulletins.minimal(), TestBulletins.many(40));
        List<byte[]> expected = bulletins.stream().map(renderer::render).toList();
        int threads = 8;
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<byte[]>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t;
                results.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    List<byte[]> rendered = new ArrayList<>();
                    for (int i = 0; i < bulletins.size(); i++) {
                        rendered.add(renderer.render(bulletins.get((i + offset) % bulletins.size())));
                    }
                    return rendered;
                }));
            }
            for (int t = 0; t < threads; t++) {
                List<byte[]> rendered = results.get(t).get(120, TimeUnit.SECONDS);
                for (int i = 0; i < bulletins.size(); i++) {
                    assertThat(rendered.get(i)).as("thread %d, render %d", t, i)
                            .isEqualTo(expected.get((i + t) % bulletins.size()));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
