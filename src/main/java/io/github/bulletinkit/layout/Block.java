package io.github.bulletinkit.layout;

import java.util.List;
import java.util.Objects;

/**
 * One paragraph of a rendered bulletin: its role, its resolved style, its place in the model for messages
 * ({@code entries[3].summary[1]}), and its text as spans.
 *
 * <p>Text keeps its line breaks and tabs. A line break breaks the line in every format; a tab is a tab in
 * Word and LibreOffice, which move to the next tab stop, and a space in the PDF and HTML, which have no tab
 * stops in running text. Keeping it lets a DOCX be read back exactly.
 *
 * @param role what the block is
 * @param place where its text comes from in the bulletin, such as {@code entries[3].links[0]}
 * @param style how it looks
 * @param spans its text, in order
 * @since 0.2.0
 */
public record Block(Role role, String place, TextStyle style, List<Span> spans) implements CellPart {

    /**
     * Checks that no part is null, and keeps an unmodifiable copy of the spans.
     *
     * @param role what the block is
     * @param place where its text comes from
     * @param style how it looks
     * @param spans its text, in order
     */
    public Block {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(style, "style");
        spans = List.copyOf(spans);
    }

    @Override
    public void accept(CellVisitor visitor) {
        visitor.paragraph(this);
    }

    /**
     * The block's text.
     *
     * @return the text of every span, joined
     */
    public String text() {
        if (spans.size() == 1) {
            return spans.get(0).text();
        }
        StringBuilder text = new StringBuilder();
        spans.forEach(span -> text.append(span.text()));
        return text.toString();
    }
}
