package io.github.bulletinkit.docx;

import io.github.bulletinkit.model.Style;
import java.util.Set;

/**
 * A stretch of a paragraph's text as Word shows it: its emphasis, the address it links to (empty for none),
 * whether it is in the link-prefix style, the place inside the document it links to (a bookmark's name, as
 * a contents list's items do; empty for none), and the language its {@code w:lang} gives it, as written (empty
 * for none: the document's).
 */
record Piece(String text, Set<Style> styles, String url, boolean prefix, String anchor, String language) {
}
