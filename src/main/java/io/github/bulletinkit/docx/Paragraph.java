package io.github.bulletinkit.docx;

import io.github.bulletinkit.model.RichText;
import io.github.bulletinkit.model.Run;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A paragraph as read: its text in pieces, in order, and what it holds that a bulletin cannot (each said as the
 * problem it is, such as {@code holds a picture, ...}).
 */
record Paragraph(List<Piece> pieces, List<String> unsupported) {

    String plainText() {
        return pieces.stream().map(Piece::text).collect(Collectors.joining());
    }

    /** Whether there is nothing to read: an empty line, or one holding only a picture. */
    boolean isBlank() {
        return plainText().isBlank();
    }

    /** Whether all its text links to places inside the document, as the items of a contents list do. */
    boolean isInternalLink() {
        return !isBlank() && pieces.stream().allMatch(piece -> !piece.anchor().isEmpty() || piece.text().isBlank());
    }

    /** The text with its emphasis and inline links; neighbours alike are joined by the model. */
    RichText richText() {
        return new RichText(runs(pieces, true));
    }

    static List<Run> runs(List<Piece> pieces, boolean links) {
        return pieces.stream().map(p -> new Run(p.text(), p.styles(), links ? p.url() : "")).toList();
    }
}
