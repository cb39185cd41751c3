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
     */
    static void quietLibraryLogging() {
        if (System.getProperty("log4j.provider") == null) {
            System.setProperty("log4j.provider", "org.apache.logging.log4j.simple.internal.SimpleProvider");
            System.setProperty("log4j2.simplelogLevel", "OFF");
        }
    }
}
