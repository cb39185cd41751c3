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
    /** A paragraph of the introduction, between the heading lines and the entries. */
    INTRODUCTION,
    /** The heading of the contents list: a second-level heading. */
    CONTENTS_HEADING,
    /** An item of the contents list: a section's heading, leading to it. */
    CONTENTS_ITEM,
    /** A section's heading: a second-level heading above its table. */
    SECTION_HEADING,
    /** A heading of the table's header row. */
    COLUMN_HEADING,
    /** An entry's topic: a heading at the top of its row, one level below a section's heading when there is one. */
    TOPIC,
    /** The line naming an entry's source. */
    SOURCE,
    /** The line giving an entry's date. */
    PUBLISHED,
    /** A paragraph of an entry's summary. */
    SUMMARY,
    /** One of an entry's links, with its prefix. */
    LINK,
    /** A paragraph of the closing, after the last table, such as whom to contact. */
    CLOSING,
    /** On paper, the address of the link before it: the role of an {@link AddressBlock}, for its style. */
    ADDRESS,
    /** The running footer of a page: {@code Page N of M}. */
    FOOTER
}
