package io.github.bulletinkit.benchmarks;

import io.github.bulletinkit.docx.DocxRenderer;
import io.github.bulletinkit.format.BulletinRenderer;
import io.github.bulletinkit.json.BulletinJsonReader;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.pdf.PdfRenderer;
import io.github.bulletinkit.testing.Samples;
import io.github.bulletinkit.testing.TestThemes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The sample bulletin ({@code samples/safeguarding-updates.json}, nine entries, two pages), in one warm JVM:
 * read and validated from its JSON, rendered to PDF and to DOCX in memory, and the same table laid out by
 * the plainest direct use of OpenPDF and of POI, the baselines the renderers are held to (and OpenPDF's with its
 * fonts embedded, as PDF/UA-1 requires), and rendered with an organisation's theme.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 10, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g",
        // POI logs through the Log4j API: no provider's warning in the results.
        "-Dlog4j.provider=org.apache.logging.log4j.simple.internal.SimpleProvider", "-Dlog4j2.simplelogLevel=OFF"})
public class SampleBulletinBenchmark {

    private byte[] json;
    private Bulletin bulletin;
    private final BulletinJsonReader reader = BulletinJsonReader.create();
    private final BulletinRenderer pdf = PdfRenderer.create();
    private final BulletinRenderer docx = DocxRenderer.create();
    // An organisation's theme: a logo and a serif typeface of its own, embedded in the PDF.
    private final BulletinRenderer themedPdf = PdfRenderer.builder().theme(TestThemes.organisation()).build();
    private final BulletinRenderer themedDocx = DocxRenderer.builder().theme(TestThemes.organisation()).build();

    @Setup
    public void read() throws IOException {
        json = Files.readAllBytes(Samples.SAMPLE_JSON);
        bulletin = reader.read(new ByteArrayInputStream(json), "sample");
    }

    @Benchmark
    public Bulletin readJson() throws IOException {
        return reader.read(new ByteArrayInputStream(json), "sample");
    }

    @Benchmark
    public byte[] pdf() {
        return pdf.render(bulletin);
    }

    @Benchmark
    public byte[] pdfBaseline() {
        return PlainOpenPdfTable.render(bulletin);
    }

    /** The baseline with the two faces embedded: what PDF/UA-1 adds before anything is tagged. */
    @Benchmark
    public byte[] pdfEmbeddedBaseline() {
        return PlainOpenPdfTable.renderEmbedded(bulletin);
    }

    @Benchmark
    public byte[] pdfThemed() {
        return themedPdf.render(bulletin);
    }

    @Benchmark
    public byte[] docxThemed() {
        return themedDocx.render(bulletin);
    }

    @Benchmark
    public byte[] docx() {
        return docx.render(bulletin);
    }

    @Benchmark
    public byte[] docxBaseline() {
        return PlainPoiTable.render(bulletin);
    }
}
