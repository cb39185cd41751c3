package io.github.bulletinkit.docx;

import io.github.bulletinkit.model.Style;
import java.util.Set;

/**
 * A stretch of a paragraph's text as Word shows it: its emphasis, the address it links to (empty for none),
 * whether it is in the link-prefix style, and the place inside the document it links to (a bookmark's name, as
 * a contents list's items do; empty for none).
 */
record Piece(String text, Set<Style> styles, String url, boolean prefix, String anchor) {
}
