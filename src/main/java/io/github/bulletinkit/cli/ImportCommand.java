package io.github.bulletinkit.cli;

import io.github.bulletinkit.json.BulletinJsonWriter;
import io.github.bulletinkit.legacy.LegacyExportReader;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.render.docx.DocxBulletinReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
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
            "Which of the two a file is, is told from its content, not from its name."})
final class ImportCommand implements Callable<Integer> {

    /** What every ZIP archive, and so every .docx, starts with. */
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

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
            Bulletin bulletin = isWord(input) ? new DocxBulletinReader().read(input)
                    : new LegacyExportReader().read(input);
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

    /** A ZIP archive is read as a Word document, and so is a file named .docx, to be told if it is not one. */
    private static boolean isWord(Path file) throws IOException {
        if (file.getFileName() != null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".docx")) {
            return true;
        }
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(ZIP_MAGIC.length), ZIP_MAGIC);
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
