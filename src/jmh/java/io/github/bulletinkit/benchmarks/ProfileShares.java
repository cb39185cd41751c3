package io.github.bulletinkit.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * What a render spends its time on, from a flight recording of a benchmark ({@code -prof jfr}): each CPU sample of
 * the benchmark's thread counted once under every method on its stack, so that a method's share is the time spent
 * in it and in what it calls. Prints the methods above a share, largest first:
 *
 * <pre>{@code
 * java -cp target/test-classes io.github.bulletinkit.benchmarks.ProfileShares target/jfr/<benchmark>/profile.jfr 2
 * }</pre>
 *
 * <p>The second argument is the least share to print, in per cent (1 when left out).
 */
public final class ProfileShares {

    private ProfileShares() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: ProfileShares <profile.jfr> [least share in per cent]");
            System.exit(2);
        }
        double least = args.length == 2 ? Double.parseDouble(args[1]) : 1;
        Map<String, Integer> inclusive = new HashMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null
                    || !onBenchmarkThread(event)) {
                continue;
            }
            samples++;
            Set<String> counted = new HashSet<>();
            for (RecordedFrame frame : event.getStackTrace().getFrames()) {
                String method = frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
                if (counted.add(method)) {
                    inclusive.merge(method, 1, Integer::sum);
                }
            }
        }
        System.out.printf("%d samples of the benchmark's thread%n", samples);
        int total = samples;
        Comparator<Map.Entry<String, Integer>> largestFirst = Map.Entry.<String, Integer>comparingByValue()
                .reversed().thenComparing(Map.Entry.comparingByKey());
        inclusive.entrySet().stream()
                .filter(entry -> 100.0 * entry.getValue() / total >= least)
                .sorted(largestFirst)
                .forEach(entry -> System.out.printf("%5.1f%%  %s%n", 100.0 * entry.getValue() / total,
                        entry.getKey()));
    }

    // JMH runs a benchmark on threads of its own; the compilers' and the collector's are not the render's.
    private static boolean onBenchmarkThread(RecordedEvent event) {
        for (RecordedFrame frame : event.getStackTrace().getFrames()) {
            if (frame.getMethod().getType().getName().contains("jmh_generated")) {
                return true;
            }
        }
        return false;
    }
}
