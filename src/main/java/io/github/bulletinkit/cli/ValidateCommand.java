package io.github.bulletinkit.cli;

import io.github.bulletinkit.format.RenderOptions;
import io.github.bulletinkit.format.RendererProvider;
import io.github.bulletinkit.json.BulletinJsonReader;
import io.github.bulletinkit.model.Bulletin;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        versionProvider = BulletinKitCommand.Version.class,
        description = "Checks bulletins without writing anything, and lists every problem. A bulletin that "
                + "passes renders in every format.")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "<input.json>", description = "Bulletins in the JSON format.")
    List<Path> inputs;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        BulletinJsonReader reader = BulletinJsonReader.create();
        List<RendererProvider> providers = RendererProvider.discover();
        boolean ok = Batch.run(inputs, input -> check(reader, providers, input),
                spec.commandLine().getOut(), spec.commandLine().getErr(), false);
        return ok ? 0 : BulletinKitCommand.FAILED;
    }

    /** Reads the input, then renders it into nothing, which finds what only a format objects to (fonts). */
    private static Outcome check(BulletinJsonReader reader, List<RendererProvider> providers, Path input) {
        Outcome outcome = new Outcome(input);
        try {
            Bulletin bulletin = reader.read(input);
            for (RendererProvider provider : providers) {
                provider.create(RenderOptions.defaults()).render(bulletin, OutputStream.nullOutputStream());
            }
        } catch (IOException | RuntimeException e) {
            outcome.failed(input, e);
        }
        return outcome;
    }
}
