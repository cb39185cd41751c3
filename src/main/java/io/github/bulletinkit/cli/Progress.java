package io.github.bulletinkit.cli;

import java.io.PrintWriter;

/** A one-line progress bar on standard error, shown only on a terminal and only for several inputs. */
final class Progress {

    private static final int WIDTH = 30;

    private final int total;
    private final PrintWriter err;
    private final boolean shown;
    private int done;

    private Progress(int total, PrintWriter err, boolean shown) {
        this.total = total;
        this.err = err;
        this.shown = shown;
    }

    static Progress onTerminal(int total, PrintWriter err) {
        Progress progress = new Progress(total, err, total > 1 && System.console() != null);
        progress.draw();
        return progress;
    }

    void advance() {
        done++;
        draw();
    }

    /** Wipes the bar, so that a message can take its line. */
    void clear() {
        if (shown) {
            err.print("\r" + " ".repeat(WIDTH + 30) + "\r");
            err.flush();
        }
    }

    void finish() {
        clear();
    }

    private void draw() {
        if (shown) {
            int filled = total == 0 ? WIDTH : done * WIDTH / total;
            err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total);
            err.flush();
        }
    }
}
