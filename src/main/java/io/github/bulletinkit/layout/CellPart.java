package io.github.bulletinkit.layout;

/**
 * A part of a table cell, in reading order: a paragraph of text, or, on paper, a link's printed address and its
 * QR code. {@link #accept} hands it to the visitor's method for its kind.
 *
 * @since 0.2.0
 */
public sealed interface CellPart permits Block, AddressBlock, QrBlock {

    /**
     * Where the part comes from in the bulletin, for messages.
     *
     * @return a path such as {@code entries[3].links[0].url}; never null
     */
    String place();

    /**
     * Calls the method of {@code visitor} for this kind of part.
     *
     * @param visitor the visitor; not null
     */
    void accept(CellVisitor visitor);
}
