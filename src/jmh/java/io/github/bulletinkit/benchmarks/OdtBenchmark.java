package io.github.bulletinkit.benchmarks;

import io.github.bulletinkit.docx.DocxBulletinReader;
import io.github.bulletinkit.docx.DocxRenderer;
import io.github.bulletinkit.format.BulletinRenderer;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.odt.OdtBulletinReader;
import io.github.bulletinkit.odt.OdtRenderer;
import io.github.bulletinkit.testing.Samples;
import java.io.ByteArrayInputStream;
import java.io.IOException;
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
 * The ODT beside the DOCX on the sample: rendering each, and reading each back. The ODT is written with the JDK's
 * streaming XML writer and read with its streaming reader; the DOCX through POI's XML beans and DOM.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 10, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g",
        "-Dlog4j.provider=org.apache.logging.log4j.simple.internal.SimpleProvider", "-Dlog4j2.simplelogLevel=OFF"})
public class OdtBenchmark {

    private Bulletin sample;
    private final BulletinRenderer odt = OdtRenderer.create();
    private final BulletinRenderer docx = DocxRenderer.create();
    private final OdtBulletinReader odtReader = new OdtBulletinReader();
    private final DocxBulletinReader docxReader = new DocxBulletinReader();
    private byte[] odtBytes;
    private byte[] docxBytes;

    @Setup
    public void render() {
        sample = Samples.sample();
        odtBytes = odt.render(sample);
        docxBytes = docx.render(sample);
    }

    @Benchmark
    public byte[] sampleToOdt() {
        return odt.render(sample);
    }

    @Benchmark
    public byte[] sampleToDocx() {
        return docx.render(sample);
    }

    @Benchmark
    public Bulletin sampleFromOdt() throws IOException {
        return odtReader.read(new ByteArrayInputStream(odtBytes), "sample.odt");
    }

    @Benchmark
    public Bulletin sampleFromDocx() throws IOException {
        return docxReader.read(new ByteArrayInputStream(docxBytes), "sample.docx");
    }
}
