package io.github.bulletinkit.cli;

import picocli.CommandLine;

/** Runs the {@code bulletinkit} command line. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        quietLibraryLogging();
        System.exit(BulletinKitCommand.commandLine().execute(args));
    }

    /**
     * POI logs through the Log4j API, which with no logging provider prints a warning on every run. Users of
     * the command line should see only BulletinKit's own messages, so unless they chose otherwise, Log4j is
     * given its simple provider, switched off.
     * BulletinKit's own warnings are printed on standard error.
     */
    static void quietLibraryLogging() {
        if (System.getProperty("log4j.provider") == null) {
            System.setProperty("log4j.provider", "org.apache.logging.log4j.simple.internal.SimpleProvider");
            System.setProperty("log4j2.simplelogLevel", "OFF");
        }
        // BulletinKit's own warnings (System.Logger, through java.util.logging) go to standard error one line
        // each, as its other messages do, without the logger's date and class line before them.
        if (System.getProperty("java.util.logging.SimpleFormatter.format") == null) {
            System.setProperty("java.util.logging.SimpleFormatter.format", "%5$s%n");
        }
    }
}
