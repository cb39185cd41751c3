package io.github.bulletinkit.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * Adds the CPU time the benchmark's JVM spent per operation ({@code ·cpu}, in ms/op), every thread counted: the
 * benchmark's, the garbage collector's and the compilers'. It shows the work that the wall-clock time hides
 * on other cores (collection, compilation), and leaves out the time spent waiting for a core on a machine that
 * other work shares. Used with {@code -prof} by the {@code benchmarks} profile.
 */
public final class CpuTimeProfiler implements InternalProfiler {

    private long before;

    @Override
    public String getDescription() {
        return "CPU time of the whole JVM per operation";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmark, IterationParams iteration) {
        before = processCpuNanos();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmark, IterationParams iteration,
            IterationResult result) {
        long used = processCpuNanos() - before;
        long operations = Math.max(1, result.getMetadata().getMeasuredOps());
        return List.of(new ScalarResult("·cpu", used / 1e6 / operations, "ms/op", AggregationPolicy.AVG));
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
