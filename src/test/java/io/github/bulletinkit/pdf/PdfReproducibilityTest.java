package io.github.bulletinkit.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinkit.format.RenderOptions;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.testing.Samples;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same input gives the same bytes: run after run, JVM after JVM, thread beside thread. */
class PdfReproducibilityTest {

    private static final Bulletin SAMPLE = Samples.sample();

    @Test
    void twoRendersAreByteIdentical() {
        assertThat(PdfRenderer.create().render(SAMPLE)).isEqualTo(PdfRenderer.create().render(SAMPLE));
    }

    @Test
    void anotherJvmWritesTheSameBytes(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("other.pdf");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), RenderInAnotherJvm.class.getName(), file.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();

        assertThat(Files.readAllBytes(file)).isEqualTo(RenderInAnotherJvm.render());
    }

    @Test
    void theDocumentIdComesFromTheContent() {
        Bulletin other = TestBulletins.with(SAMPLE, TestBulletins.richEntry());
        assertThat(documentId(PdfRenderer.create().render(SAMPLE)))
                .isEqualTo(documentId(PdfRenderer.create().render(SAMPLE)))
                .isNotEqualTo(documentId(PdfRenderer.create().render(other)))
                .isNotEqualTo(documentId(PdfRenderer.builder().archival(true).build().render(SAMPLE)));
    }

    @Test
    void datesTheDocumentFromItsNewestEntryOrFromTheOptions() {
        PdfDocumentReader pdf = PdfDocumentReader.read(PdfRenderer.create().render(SAMPLE));
        assertThat(pdf.info().getCreationDate().toInstant()).isEqualTo(Instant.parse("2025-01-06T00:00:00Z"));
        assertThat(pdf.info().getModificationDate().toInstant()).isEqualTo(Instant.parse("2025-01-06T00:00:00Z"));

        Instant created = Instant.parse("2025-02-14T09:30:00Z");
        PdfDocumentReader dated = PdfDocumentReader.read(PdfRenderer.builder()
                .options(RenderOptions.builder().created(created).build()).build().render(SAMPLE));
        assertThat(dated.info().getCreationDate().toInstant()).isEqualTo(created);
    }

    @Test
    void oneRendererServesEightThreadsAtOnce() throws Exception {
        PdfRenderer renderer = PdfRenderer.create();
        List<Bulletin> bulletins = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            bulletins.add(i % 2 == 0 ? TestBulletins.with(SAMPLE, TestBulletins.richEntry()) : TestBulletins.numbered(20 + i));
        }
        List<byte[]> alone = bulletins.stream().map(renderer::render).toList();

        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<byte[]>>> results = new ArrayList<>();
            for (Bulletin bulletin : bulletins) {
                results.add(threads.submit(() -> {
                    start.await();
                    List<byte[]> pdfs = new ArrayList<>();
                    for (int round = 0; round < 2; round++) {
                        pdfs.add(renderer.render(bulletin));
                    }
                    return pdfs;
                }));
            }
            start.countDown();
            for (int i = 0; i < bulletins.size(); i++) {
                for (byte[] pdf : results.get(i).get(2, TimeUnit.MINUTES)) {
                    assertThat(pdf).as("bulletin %d, rendered beside seven others", i).isEqualTo(alone.get(i));
                }
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static String documentId(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            COSArray id = document.getDocument().getDocumentID();
            assertThat(id.size()).isEqualTo(2);
            return id.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
