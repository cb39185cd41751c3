package io.github.bulletinkit.cli;

import io.github.bulletinkit.format.BulletinRenderer;
import io.github.bulletinkit.format.RenderOptions;
import io.github.bulletinkit.format.RendererProvider;
import io.github.bulletinkit.json.BulletinJsonReader;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.pdf.PdfRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * Reads one input and writes it in every chosen format, the formats side by side: the first on the calling
 * thread, the others on {@code formatThreads}. In a cold run of one input most of the time goes to loading
 * each format's library (OpenPDF, POI and XMLBeans), which two cores do at once. Thread-safe: it holds only
 * immutable parts and an executor.
 */
record Rendering(BulletinJsonReader reader, List<Format> formats, Executor formatThreads) {

    /** A format's file extension and its renderer, made once for every input of a run. */
    record Format(String extension, BulletinRenderer renderer) {
    }

    /**
     * Each provider's renderer, made here once and shared by every input: a renderer keeps what it parsed once
     * (style templates, a theme's fonts) and is safe to use from many threads. {@code archival} makes the PDF
     * PDF/A-2b.
     */
    static Rendering of(BulletinJsonReader reader, List<RendererProvider> providers, RenderOptions options,
            boolean archival, Executor formatThreads) {
        List<Format> formats = providers.stream()
                .map(provider -> new Format(provider.fileExtension(), archival && provider.format().equals("pdf")
                        ? PdfRenderer.builder().options(options).archival(true).build() : provider.create(options)))
                .toList();
        return new Rendering(reader, formats, formatThreads);
    }

    Outcome renderInto(Path input, Path folder) {
        Outcome outcome = new Outcome(input);
        Bulletin bulletin;
        try {
            bulletin = reader.read(input);
        } catch (IOException | RuntimeException e) {
            outcome.failed(input, e);
            return outcome;
        }
        List<Path> targets = formats.stream()
                .map(format -> folder.resolve(baseName(input) + "." + format.extension()))
                .toList();
        List<CompletableFuture<AtomicFile>> pending = new ArrayList<>();
        for (int i = 1; i < formats.size(); i++) {
            int format = i;
            pending.add(CompletableFuture.supplyAsync(() -> write(targets.get(format), formats.get(format),
                    bulletin), formatThreads));
        }
        // The first runs here, now; a failure stays in its future, as the others' do.
        pending.add(0, CompletableFuture.completedFuture(formats.get(0))
                .thenApply(format -> write(targets.get(0), format, bulletin)));
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

    private static AtomicFile write(Path target, Format format, Bulletin bulletin) {
        try {
            return AtomicFile.write(target, out -> format.renderer().render(bulletin, out));
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
