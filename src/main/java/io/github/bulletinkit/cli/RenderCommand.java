package io.github.bulletinkit.cli;

import io.github.bulletinkit.format.Orientation;
import io.github.bulletinkit.format.PageSize;
import io.github.bulletinkit.format.RenderOptions;
import io.github.bulletinkit.format.RendererProvider;
import io.github.bulletinkit.json.BulletinJsonReader;
import io.github.bulletinkit.model.InvalidBulletinException;
import io.github.bulletinkit.theme.Theme;
import io.github.bulletinkit.theme.ThemeReader;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
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

    @Option(names = "--archival", description = "Write the PDF as PDF/A-2b, for long-term archiving; it stays tagged"
            + " for screen readers (PDF/UA-1).")
    boolean archival;

    @Option(names = "--for-print",
            description = "Lay the bulletins out for paper: each link's address printed under it, with a QR code.")
    boolean forPrint;

    @Option(names = "--theme", paramLabel = "FILE",
            description = "The organisation's theme: a theme.json with its logo, colours and fonts (default: none).")
    Path theme;

    @Option(names = {"-v", "--verbose"}, description = "List the files written on standard output.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<RendererProvider> providers = chosenProviders();
        checkNamesDiffer(providers);
        // Read once, before any input: a bad theme would spoil every output, so none is written.
        Theme looks;
        try {
            looks = theme == null ? Theme.defaults() : ThemeReader.create().read(theme);
        } catch (IOException | InvalidBulletinException e) {
            Outcome outcome = new Outcome(theme);
            outcome.failed(theme, e);
            outcome.problems().forEach(spec.commandLine().getErr()::println);
            return BulletinKitCommand.FAILED;
        }
        RenderOptions.Builder settings = RenderOptions.builder().theme(looks).forPrint(forPrint);
        // Only the page settings given here win over a Word template's; the defaults give way to it.
        if (spec.commandLine().getParseResult().hasMatchedOption("--paper")) {
            settings.pageSize(paper);
        }
        if (landscape) {
            settings.orientation(Orientation.LANDSCAPE);
        }
        RenderOptions options = settings.build();
        ExecutorService formatThreads = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "bulletinkit-format");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Rendering rendering;
            try {
                rendering = Rendering.of(BulletinJsonReader.create(), providers, options, archival, formatThreads);
            } catch (InvalidBulletinException e) {
                // The one thing a renderer refuses as it is made is the theme's Word template.
                e.lines().forEach(line -> spec.commandLine().getErr().println(theme + ": wordTemplate: " + line));
                return BulletinKitCommand.FAILED;
            }
            if (!outputFolder()) {
                return BulletinKitCommand.FAILED;
            }
            boolean ok = Batch.run(inputs, input -> rendering.renderInto(input, output),
                    spec.commandLine().getOut(), spec.commandLine().getErr(), verbose);
            return ok ? 0 : BulletinKitCommand.FAILED;
        } finally {
            formatThreads.shutdownNow();
        }
    }

    /** Makes the output folder if it is missing; whether it is there, after saying why not. */
    private boolean outputFolder() {
        try {
            Files.createDirectories(output);
            return true;
        } catch (FileAlreadyExistsException e) {
            // Its message is only the path, which reads as no message at all.
            spec.commandLine().getErr().println(output + ": is a file, not a folder");
        } catch (IOException e) {
            Outcome outcome = new Outcome(output);
            outcome.failed(output, e);
            outcome.problems().forEach(spec.commandLine().getErr()::println);
        }
        return false;
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
}
