/**
 * The layout plan: what a rendered bulletin says, in reading order, decided once for every format. A
 * {@link io.github.bulletinkit.layout.LayoutPlan} holds the document's metadata, the logo, the heading lines, the
 * table with its column headings and a row an entry, and the page footer; each paragraph is a
 * {@link io.github.bulletinkit.layout.Block} with its {@link io.github.bulletinkit.layout.Role}, its resolved
 * {@link io.github.bulletinkit.layout.TextStyle} and its place in the model, its text in
 * {@link io.github.bulletinkit.layout.Span}s. A format translates the plan: a
 * {@link io.github.bulletinkit.layout.PlanVisitor} and a {@link io.github.bulletinkit.layout.CellVisitor}, which
 * have no default methods, make a new kind of part a compile error in every format until it is handled.
 * {@link io.github.bulletinkit.layout.Words} holds the words written around the model's own text.
 *
 * @since 0.2.0
 */
package io.github.bulletinkit.layout;
