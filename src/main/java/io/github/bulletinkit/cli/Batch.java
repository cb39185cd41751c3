package io.github.bulletinkit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Works through many inputs on every core, then reports each input's outcome in the order the inputs were
 * given, so that a parallel run says exactly what a sequential one would.
 */
final class Batch {

    private Batch() {
    }

    /** Runs {@code work} on each input; answers whether all succeeded. */
    static boolean run(List<Path> inputs, Function<Path, Outcome> work, PrintWriter out, PrintWriter err,
            boolean verbose) {
        int threads = Math.max(1, Math.min(inputs.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService executor = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "bulletinkit-render");
            thread.setDaemon(true);
            return thread;
        });
        Progress progress = Progress.onTerminal(inputs.size(), err);
        try {
            List<Future<Outcome>> pending = new ArrayList<>();
            for (Path input : inputs) {
                pending.add(executor.submit(() -> work.apply(input)));
            }
            boolean allSucceeded = true;
            for (Future<Outcome> future : pending) {
                Outcome outcome = outcome(future);
                progress.clear();
                outcome.problems().forEach(err::println);
                if (verbose) {
                    outcome.written().forEach(out::println);
                }
                progress.advance();
                allSucceeded &= outcome.succeeded();
            }
            progress.finish();
            return allSucceeded;
        } finally {
            executor.shutdownNow();
            out.flush();
            err.flush();
        }
    }

    private static Outcome outcome(Future<Outcome> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            // Work catches its own failures; anything else is a bug worth its stack trace.
            throw new IllegalStateException(e.getCause());
        }
    }
}
