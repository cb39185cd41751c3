package io.github.bulletinkit.reading;

import io.github.bulletinkit.model.Style;
import java.util.Set;

/**
 * A stretch of a paragraph's text as an editor shows it: its emphasis, the address it links to (empty for none),
 * whether it is in the link-prefix style, the place inside the document it links to (a bookmark's name, as
 * a contents list's items do; empty for none), and the language its markup gives it ({@code w:lang},
 * {@code fo:language}), as written (empty for none: the document's).
 */
public record Piece(String text, Set<Style> styles, String url, boolean prefix, String anchor, String language) {
}
