package io.github.bulletinkit.cli;

import io.github.bulletinkit.json.BulletinJsonReader;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.render.Orientation;
import io.github.bulletinkit.render.PageSize;
import io.github.bulletinkit.render.RenderOptions;
import io.github.bulletinkit.render.RendererProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "render", mixinStandardHelpOptions = true,
        versionProvider = BulletinKitCommand.Version.class,
        description = "Renders each bulletin to DIR/<name>.<format>. A bad input is reported and the others are "
                + "still written; a file is replaced only by a complete new one.")
final class RenderCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "<input.json>", description = "Bulletins in the JSON format.")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = ".",
            description = "The folder to write into, created if missing (default: the current folder).")
    Path output;

    @Option(names = {"-f", "--format"}, split = ",", paramLabel = "FORMAT", completionCandidates = FormatNames.class,
            description = "The formats to write, separated by commas: ${COMPLETION-CANDIDATES} (default: all).")
    List<String> formats;

    @Option(names = "--paper", paramLabel = "SIZE", defaultValue = "A4",
            description = "The paper size: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    PageSize paper;

    @Option(names = "--landscape", description = "Lay the pages out landscape.")
    boolean landscape;

    @Option(names = {"-v", "--verbose"}, description = "List the files written on standard output.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<RendererProvider> chosen = chosenProviders();
        checkNamesDiffer(chosen);
        try {
            Files.createDirectories(output);
        } catch (FileAlreadyExistsException e) {
            // Its message is only the path, which reads as no message at all.
            spec.commandLine().getErr().println(output + ": is a file, not a folder");
            return BulletinKitCommand.FAILED;
        } catch (IOException e) {
            Outcome outcome = new Outcome(output);
            outcome.failed(output, e);
            outcome.problems().forEach(spec.commandLine().getErr()::println);
            return BulletinKitCommand.FAILED;
        }
        RenderOptions options = RenderOptions.defaults().withPageSize(paper)
                .withOrientation(landscape ? Orientation.LANDSCAPE : Orientation.PORTRAIT);
        ExecutorService formatThreads = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "bulletinkit-format");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Rendering rendering = new Rendering(BulletinJsonReader.create(), chosen, options, formatThreads);
            boolean ok = Batch.run(inputs, input -> rendering.renderInto(input, output),
                    spec.commandLine().getOut(), spec.commandLine().getErr(), verbose);
            return ok ? 0 : BulletinKitCommand.FAILED;
        } finally {
            formatThreads.shutdownNow();
        }
    }

    private List<RendererProvider> chosenProviders() {
        List<RendererProvider> found = RendererProvider.discover();
        if (formats == null) {
            return found;
        }
        List<String> known = found.stream().map(RendererProvider::format).toList();
        for (String format : formats) {
            if (!known.contains(format)) {
                throw new ParameterException(spec.commandLine(),
                        "Unknown format '" + format + "'; the formats are " + String.join(", ", known));
            }
        }
        return found.stream().filter(p -> formats.contains(p.format())).toList();
    }

    /** Two inputs named alike in different folders would overwrite each other's output. */
    private void checkNamesDiffer(List<RendererProvider> chosen) {
        Map<String, Path> seen = new HashMap<>();
        for (Path input : inputs) {
            Path earlier = seen.putIfAbsent(Rendering.baseName(input), input);
            if (earlier != null && !earlier.equals(input)) {
                throw new ParameterException(spec.commandLine(), "Inputs " + earlier + " and " + input
                        + " would both be written as " + Rendering.baseName(input) + "." + chosen.get(0).fileExtension());
            }
        }
    }

    /**
     * Reads one input and writes it in every chosen format, the formats side by side: the first on the calling
     * thread, the others on {@code formatThreads}. In a cold run of one input most of the time goes to loading
     * each format's library (OpenPDF, POI and XMLBeans), which two cores do at once. Thread-safe: it holds only
     * immutable parts and an executor.
     */
    record Rendering(BulletinJsonReader reader, List<RendererProvider> providers, RenderOptions options,
            Executor formatThreads) {

        Outcome renderInto(Path input, Path folder) {
            Outcome outcome = new Outcome(input);
            Bulletin bulletin;
            try {
                bulletin = reader.read(input);
            } catch (IOException | RuntimeException e) {
                outcome.failed(input, e);
                return outcome;
            }
            List<Path> targets = providers.stream()
                    .map(provider -> folder.resolve(baseName(input) + "." + provider.fileExtension()))
                    .toList();
            List<CompletableFuture<AtomicFile>> pending = new ArrayList<>();
            for (int i = 1; i < providers.size(); i++) {
                int format = i;
                pending.add(CompletableFuture.supplyAsync(() -> write(targets.get(format), providers.get(format),
                        bulletin), formatThreads));
            }
            // The first runs here, now; a failure stays in its future, as the others' do.
            pending.add(0, CompletableFuture.completedFuture(providers.get(0))
                    .thenApply(provider -> write(targets.get(0), provider, bulletin)));
            // Every format is written before any is put in place: an input's files change together or not at all.
            List<AtomicFile> written = new ArrayList<>();
            try {
                for (int i = 0; i < pending.size(); i++) {
                    try {
                        written.add(pending.get(i).join());
                    } catch (CompletionException e) {
                        outcome.failed(targets.get(i), unwrap(e));
                    }
                }
                if (outcome.succeeded()) {
                    checkReplaceable(written, outcome);
                }
                if (outcome.succeeded()) {
                    commit(written, outcome);
                }
            } finally {
                written.forEach(AtomicFile::close);
            }
            return outcome;
        }

        /**
         * A folder where a file should go is the one thing that makes a move fail after others succeeded; it
         * is found before any file is moved, so that none of an input's older files is replaced.
         */
        private static void checkReplaceable(List<AtomicFile> files, Outcome outcome) {
            for (AtomicFile file : files) {
                if (Files.isDirectory(file.target())) {
                    outcome.failed(file.target(), new IOException("is a folder, so the file cannot be written there"));
                }
            }
        }

        private AtomicFile write(Path target, RendererProvider provider, Bulletin bulletin) {
            try {
                return AtomicFile.write(target, out -> provider.create(options).render(bulletin, out));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** What went wrong in a format's render, as the render threw it. */
        private static Exception unwrap(CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException io) {
                return io.getCause();
            }
            if (cause instanceof RuntimeException runtime) {
                return runtime;
            }
            throw new IllegalStateException(cause); // an Error: not the input's fault
        }

        private static void commit(List<AtomicFile> files, Outcome outcome) {
            for (AtomicFile file : files) {
                try {
                    file.commit();
                    outcome.wrote(file.target());
                } catch (IOException e) {
                    outcome.failed(file.target(), e);
                }
            }
        }

        /** {@code safeguarding-updates} for {@code samples/safeguarding-updates.json}. */
        static String baseName(Path input) {
            String name = input.getFileName().toString();
            int dot = name.lastIndexOf('.');
            return dot > 0 ? name.substring(0, dot) : name;
        }
    }
}
