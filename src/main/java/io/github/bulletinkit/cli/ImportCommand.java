package io.github.bulletinkit.cli;

import io.github.bulletinkit.format.ReadLimits;
import io.github.bulletinkit.format.ReaderProvider;
import io.github.bulletinkit.json.BulletinJsonWriter;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.InvalidBulletinException;
import io.github.bulletinkit.model.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
        versionProvider = BulletinKitCommand.Version.class,
        description = {"Converts a Word bulletin (.docx), such as one rendered and then edited in Word or LibreOffice, "
                + "or an old tab-separated bulletin export, to the JSON format, on standard output or into a file.",
            "Which reader takes a file is told from its first bytes: a ZIP archive, or a file named .docx, is read "
                + "as Word, one that starts with { as JSON, anything else as an old export. A reader of another "
                + "format on the class path is asked too."})
final class ImportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "<bulletin.docx|legacy-export.txt>",
            description = "A Word bulletin (tracked changes accepted or rejected), or an old export: a title, a "
                    + "header, one row a line.")
    Path input;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the JSON here instead of on standard output; an existing file is replaced "
                    + "only by a complete new one.")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Outcome outcome = new Outcome(input);
        BulletinJsonWriter writer = BulletinJsonWriter.create();
        try {
            Bulletin bulletin = readerFor(input).create(ReadLimits.defaults()).read(input);
            if (output == null) {
                PrintWriter out = spec.commandLine().getOut();
                out.print(writer.write(bulletin));
                out.flush();
            } else {
                write(bulletin, writer, outcome);
            }
        } catch (IOException | RuntimeException e) {
            outcome.failed(input, e);
        }
        outcome.problems().forEach(err::println);
        err.flush();
        return outcome.succeeded() ? 0 : BulletinKitCommand.FAILED;
    }

    /**
     * The reader that the file's first bytes and its name match best, among those on the class path. A file that
     * cannot be opened here is still handed to a reader, which says why it cannot be read.
     */
    private static ReaderProvider readerFor(Path file) throws IOException {
        try {
            return ReaderProvider.forFile(file).orElseThrow(() -> new InvalidBulletinException(file.toString(),
                    List.of(Problem.at("", "no reader on the class path takes a file like this"))));
        } catch (ServiceConfigurationError e) {
            throw new IOException("a reader on the class path cannot be loaded: " + e.getMessage(), e);
        }
    }

    private void write(Bulletin bulletin, BulletinJsonWriter writer, Outcome outcome) {
        try {
            AtomicFile.replace(output, stream -> writer.write(bulletin, stream));
        } catch (IOException | RuntimeException e) {
            outcome.failed(output, e);
        }
    }
}
