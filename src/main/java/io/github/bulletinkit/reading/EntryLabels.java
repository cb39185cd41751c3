package io.github.bulletinkit.reading;

import io.github.bulletinkit.layout.Words;
import io.github.bulletinkit.model.Label;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The labels that begin an entry's source and date lines: the bulletin's own, kept in the document's properties,
 * else those of the document's language ({@code Ffynhonnell:} in Welsh), else the English, which documents in
 * every language had before there were others, and still have in a language without labels of its own.
 *
 * @param source the label of the source line, such as {@code Source:}
 * @param published the label of the date line, such as {@code Date published:}
 */
public record EntryLabels(String source, String published) {

    /** The labels of a document in {@code language} that overrides {@code own}. */
    public static EntryLabels of(Map<Label, String> own, Locale language) {
        Words words = Words.of(language);
        return new EntryLabels(own.getOrDefault(Label.SOURCE, words.label(Label.SOURCE)),
                own.getOrDefault(Label.PUBLISHED, words.label(Label.PUBLISHED)));
    }

    /** The document's label of a line: {@link Label#SOURCE} or {@link Label#PUBLISHED}. */
    public String of(Label label) {
        return label == Label.SOURCE ? source : published;
    }

    /** The label that {@code line} starts with, in any case: the document's, else the English; empty for none. */
    public Optional<String> start(Label label, String line) {
        for (String candidate : new String[] {of(label), label.english()}) {
            if (line.regionMatches(true, 0, candidate, 0, candidate.length())) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** What an entry's cell holds, for messages about one of another shape. */
    public String shape() {
        return "an entry's cell holds its topic, a line \"" + source + " …\", a line \"" + published
                + " …\" and its summary, a paragraph each";
    }
}
