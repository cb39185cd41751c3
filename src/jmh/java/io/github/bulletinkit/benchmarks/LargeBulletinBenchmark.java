package io.github.bulletinkit.benchmarks;

import io.github.bulletinkit.docx.DocxRenderer;
import io.github.bulletinkit.email.EmailRenderer;
import io.github.bulletinkit.format.BulletinRenderer;
import io.github.bulletinkit.html.HtmlRenderer;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.odt.OdtRenderer;
import io.github.bulletinkit.pdf.PdfRenderer;
import io.github.bulletinkit.testing.LargeBulletins;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Long bulletins made from the sample's entries ({@link LargeBulletins}), rendered in memory in every format.
 * One render of 9,000 entries takes seconds, so the iterations are long, and both sizes warm up for the same
 * time, so that the JIT has finished with the small one too; the two sizes give how the time grows: 900 to
 * 9,000 entries should cost at most twelve times as much.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g",
        "-Dlog4j.provider=org.apache.logging.log4j.simple.internal.SimpleProvider", "-Dlog4j2.simplelogLevel=OFF"})
public class LargeBulletinBenchmark {

    @Param({"900", "9000"})
    public int entries;

    private Bulletin bulletin;
    private final BulletinRenderer pdf = PdfRenderer.create();
    private final BulletinRenderer docx = DocxRenderer.create();
    private final BulletinRenderer odt = OdtRenderer.create();
    private final BulletinRenderer html = HtmlRenderer.create();
    private final BulletinRenderer email = EmailRenderer.create();

    @Setup
    public void make() {
        bulletin = LargeBulletins.of(entries);
    }

    @Benchmark
    public byte[] pdf() {
        return pdf.render(bulletin);
    }

    @Benchmark
    public byte[] docx() {
        return docx.render(bulletin);
    }

    @Benchmark
    public byte[] odt() {
        return odt.render(bulletin);
    }

    @Benchmark
    public byte[] html() {
        return html.render(bulletin);
    }

    @Benchmark
    public byte[] email() {
        return email.render(bulletin);
    }
}
