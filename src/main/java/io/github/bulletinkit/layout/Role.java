package io.github.bulletinkit.layout;

/**
 * What a block of a bulletin is, whatever the format: each renderer maps a role to its own structure and style.
 *
 * @since 0.2.0
 */
public enum Role {
    /** The organisation's logo, above the title: the role of a {@link LayoutPlan.Picture}, never of a block. */
    LOGO,
    /** The bulletin's title: the document's one first-level heading. */
    TITLE,
    /** The line under the title. */
    SUBTITLE,
    /** The line naming who issues the bulletin. */
    PUBLISHER,
    /** A heading of the table's header row. */
    COLUMN_HEADING,
    /** An entry's topic: a second-level heading at the top of its row. */
    TOPIC,
    /** The line naming an entry's source. */
    SOURCE,
    /** The line giving an entry's date. */
    PUBLISHED,
    /** A paragraph of an entry's summary. */
    SUMMARY,
    /** One of an entry's links, with its prefix. */
    LINK,
    /** On paper, the address of the link before it: the role of an {@link AddressBlock}, for its style. */
    ADDRESS,
    /** The running footer of a page: {@code Page N of M}. */
    FOOTER
}
