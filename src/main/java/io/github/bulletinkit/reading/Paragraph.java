package io.github.bulletinkit.reading;

import io.github.bulletinkit.model.RichText;
import io.github.bulletinkit.model.Run;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A paragraph as read: its text in pieces, in order, and what it holds that a bulletin cannot (each said as the
 * problem it is, such as {@code holds a picture, ...}).
 */
public record Paragraph(List<Piece> pieces, List<String> unsupported) {

    public String plainText() {
        return pieces.stream().map(Piece::text).collect(Collectors.joining());
    }

    /** Whether there is nothing to read: an empty line, or one holding only a picture. */
    public boolean isBlank() {
        return plainText().isBlank();
    }

    /** Whether all its text links to places inside the document, as the items of a contents list do. */
    public boolean isInternalLink() {
        return !isBlank() && pieces.stream().allMatch(piece -> !piece.anchor().isEmpty() || piece.text().isBlank());
    }

    /**
     * The text with its emphasis, inline links and languages, each run's marked where it is not
     * {@code surrounding}; neighbours alike are joined by the model.
     */
    public RichText richText(DocumentLanguages languages, String surrounding) {
        return new RichText(runs(pieces, true, languages, surrounding));
    }

    /**
     * The one language of the text from the character {@code from} on, white space aside; empty when it is in
     * more than one, or there is no such text.
     */
    public Optional<String> language(DocumentLanguages languages, int from) {
        String found = null;
        int start = 0;
        for (Piece piece : pieces) {
            int end = start + piece.text().length();
            if (end > from && !piece.text().substring(Math.max(0, from - start)).isBlank()) {
                String language = languages.of(piece.language());
                if (found != null && !found.equalsIgnoreCase(language)) {
                    return Optional.empty();
                }
                found = language;
            }
            start = end;
        }
        return Optional.ofNullable(found);
    }

    public static List<Run> runs(List<Piece> pieces, boolean links, DocumentLanguages languages,
            String surrounding) {
        return pieces.stream().map(p -> new Run(p.text(), p.styles(), links ? p.url() : "",
                languages.relative(p.language(), surrounding))).toList();
    }
}
