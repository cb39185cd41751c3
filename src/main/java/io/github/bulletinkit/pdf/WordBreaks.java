package io.github.bulletinkit.pdf;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The spaces at which lines wrap. OpenPDF draws each line as a text of its own and leaves out the space at which
 * it broke the line, so that text read through the structure tree would run the last word of one line into the
 * first of the next; ISO 32000-1 (14.8.2.5) asks for a real space there. This follows the text of each block as
 * its chunks are drawn, whatever element each belongs to, and tells at the end of a line whether the text went on
 * with a space. Belongs to one render.
 */
final class WordBreaks {

    private final Map<String, Progress> texts = new HashMap<>();
    // The text of the block whose chunk was drawn last on this line; null once the line has ended.
    private Progress current;

    /**
     * A block is drawn next, its runs' chunks under {@code tags}: they follow one text, so that a space between
     * a link and the words after it is found whichever of the two the line ends with.
     */
    void block(List<String> tags, String text) {
        Progress progress = new Progress(text);
        tags.forEach(tag -> texts.put(tag, progress));
    }

    /** A chunk of {@code tag} comes next; null for one not followed. */
    void chunk(String tag) {
        current = tag == null ? null : texts.get(tag);
    }

    /** The current chunk showed {@code shown}. */
    void shown(String shown) {
        if (current != null) {
            current.pass(shown);
        }
    }

    /**
     * The line ends: whether its last text went on with a space, which OpenPDF left out. Each such space is told
     * once.
     */
    boolean endLine() {
        Progress ended = current;
        current = null;
        return ended != null && ended.skipSpaces();
    }

    /** Forgets every tag: their row is drawn. */
    void clear() {
        texts.clear();
        current = null;
    }

    private static final class Progress {
        private final String text;
        private int at;

        Progress(String text) {
            this.text = text;
        }

        void pass(String shown) {
            int found = text.indexOf(shown, at);
            if (found >= 0) {
                at = found + shown.length();
            }
        }

        boolean skipSpaces() {
            int start = at;
            while (at < text.length() && text.charAt(at) == ' ') {
                at++;
            }
            return at > start;
        }
    }
}
