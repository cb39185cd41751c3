package io.github.bulletinkit.layout;

import java.util.List;

/**
 * What a format does with each part of a {@link LayoutPlan}, which {@link LayoutPlan#accept} calls in reading
 * order. It has no default methods, on purpose: a new kind of part is a compile error in every visitor until it
 * says what it does with it. (A format's jar built against an older BulletinKit fails with an
 * {@link AbstractMethodError} instead, when it meets the new kind: build it again.)
 *
 * @since 0.2.0
 */
public interface PlanVisitor {

    /**
     * First, what the document says about itself.
     *
     * @param document its metadata; never null
     */
    void document(DocumentInfo document);

    /**
     * The logo above the title; not called when the theme has none.
     *
     * @param logo the picture and the size it is shown at; never null
     */
    void logo(LayoutPlan.Picture logo);

    /**
     * A line above the table: the title, then the subtitle and the publisher when there are.
     *
     * @param line the line; never null
     */
    void heading(Block line);

    /**
     * A paragraph outside the tables: one of the introduction's, after the heading lines, or of the closing's,
     * after the last table; its role says which.
     *
     * @param paragraph the paragraph; never null
     */
    void paragraph(Block paragraph);

    /**
     * The contents list, after the introduction; called only for a bulletin of two or more sections.
     *
     * @param contents its heading and an item for each section; never null
     */
    void contents(Contents contents);

    /**
     * A section begins: its heading, which its table follows; called only for a bulletin of sections.
     *
     * @param section the heading and the anchor that links to it; never null
     */
    void section(SectionHeading section);

    /**
     * A table begins: the bulletin's one table, or a section's.
     *
     * @param columnHeadings the header row's two headings, which paged formats repeat on every page; never null
     * @param summary what a screen reader announces before it reads the table; never null
     */
    void startTable(List<Block> columnHeadings, String summary);

    /**
     * An entry's row, made as it is visited.
     *
     * @param row the row; never null
     */
    void row(Row row);

    /** The table ends, after its last row. */
    void endTable();

    /**
     * Last, the running footer of paged formats: its words around the page's number and the number of pages.
     *
     * @param words {@code "Page "}, {@code " of "} and {@code ""}; never null
     */
    void footer(List<String> words);
}
