package io.github.bulletinkit.benchmarks;

import io.github.bulletinkit.docx.DocxRenderer;
import io.github.bulletinkit.format.BulletinRenderer;
import io.github.bulletinkit.html.HtmlRenderer;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.pdf.PdfRenderer;
import io.github.bulletinkit.testing.Samples;
import java.util.HashSet;
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
 * The sample of sections ({@code samples/partnership-spring-2025.json}: the flat sample's nine entries in four
 * sections, in another order, with an introduction, a contents list and a closing) beside the flat sample, in each paged format and
 * on the web page: the same entries, so that the figures compare per entry as they stand.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 10, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g",
        "-Dlog4j.provider=org.apache.logging.log4j.simple.internal.SimpleProvider", "-Dlog4j2.simplelogLevel=OFF"})
public class SectionedBulletinBenchmark {

    private Bulletin flat;
    private Bulletin sectioned;
    private final BulletinRenderer pdf = PdfRenderer.create();
    private final BulletinRenderer docx = DocxRenderer.create();
    private final BulletinRenderer html = HtmlRenderer.create();

    @Setup
    public void read() {
        flat = Samples.sample();
        sectioned = Samples.sectioned();
        if (!new HashSet<>(flat.entries()).equals(new HashSet<>(sectioned.entries()))) {
            throw new IllegalStateException("the samples no longer hold the same entries");
        }
    }

    @Benchmark
    public byte[] flatPdf() {
        return pdf.render(flat);
    }

    @Benchmark
    public byte[] sectionedPdf() {
        return pdf.render(sectioned);
    }

    @Benchmark
    public byte[] flatDocx() {
        return docx.render(flat);
    }

    @Benchmark
    public byte[] sectionedDocx() {
        return docx.render(sectioned);
    }

    @Benchmark
    public byte[] flatHtml() {
        return html.render(flat);
    }

    @Benchmark
    public byte[] sectionedHtml() {
        return html.render(sectioned);
    }
}
