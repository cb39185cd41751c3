package io.github.bulletinkit.docx;

import io.github.bulletinkit.model.Style;
import java.util.Set;

/**
 * A stretch of a paragraph's text as Word shows it: its emphasis, the address it links to (empty for none), and
 * whether it is in the link-prefix style.
 */
record Piece(String text, Set<Style> styles, String url, boolean prefix) {
}
