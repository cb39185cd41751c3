/**
 * The inline markup of summaries and link texts: {@link io.github.bulletinkit.markup.InlineMarkup} reads a
 * small subset of HTML (bold, italic, underline and links) into
 * {@link io.github.bulletinkit.model.RichText}, and writes rich text back as that subset.
 *
 * @since 0.1.0
 */
package io.github.bulletinkit.markup;
