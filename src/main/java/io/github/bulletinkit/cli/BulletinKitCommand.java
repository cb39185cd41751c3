package io.github.bulletinkit.cli;

import io.github.bulletinkit.BulletinKit;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top of the command line: only subcommands, help and version. */
@Command(name = "bulletinkit",
        mixinStandardHelpOptions = true,
        versionProvider = BulletinKitCommand.Version.class,
        description = "Renders bulletins to PDF and DOCX, checks them, and imports old exports.",
        subcommands = {RenderCommand.class, ValidateCommand.class, ImportCommand.class},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:success", "1:an input was invalid or could not be written", "2:wrong usage"})
public final class BulletinKitCommand implements Runnable {

    /** Exit status when an input was invalid or could not be rendered or written. */
    static final int FAILED = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The command line, ready to {@code execute}; used by {@link Main} and by tests in-process. */
    public static CommandLine commandLine() {
        return new CommandLine(new BulletinKitCommand()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command: render, validate or import");
    }

    /** {@code bulletinkit 0.1.0}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"bulletinkit " + BulletinKit.version()};
        }
    }
}
