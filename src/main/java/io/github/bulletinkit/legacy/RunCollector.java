package io.github.bulletinkit.legacy;

import io.github.bulletinkit.model.Run;
import io.github.bulletinkit.model.Style;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Gathers the text of one paragraph into runs of equal emphasis, collapsing white space as a browser shows it:
 * none at the ends, one space for any stretch between words. The space keeps the emphasis of where it began.
 */
final class RunCollector {

    private final List<String> texts = new ArrayList<>();
    private final List<Set<Style>> styles = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private Set<Style> currentStyles = Set.of();
    private Set<Style> spaceStyles;

    void append(String text, Set<Style> style) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isHtmlSpace(c)) {
                if (spaceStyles == null) {
                    spaceStyles = style;
                }
                continue;
            }
            if (spaceStyles != null && (current.length() > 0 || !texts.isEmpty())) {
                write(' ', spaceStyles);
            }
            spaceStyles = null;
            write(c, style);
        }
    }

    /** The runs gathered, in order; empty when the paragraph has no text. */
    List<Run> finish() {
        flush();
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            runs.add(new Run(texts.get(i), styles.get(i), ""));
        }
        return runs;
    }

    private void write(char c, Set<Style> style) {
        if (!style.equals(currentStyles)) {
            flush();
            currentStyles = style;
        }
        current.append(c);
    }

    private void flush() {
        if (current.length() > 0) {
            texts.add(current.toString());
            styles.add(currentStyles);
            current.setLength(0);
        }
    }

    /** The white space of HTML; a no-break space is text and is kept. */
    private static boolean isHtmlSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }
}
