/**
 * The HTML renderer: {@link io.github.bulletinkit.html.HtmlRenderer} lays a bulletin out as one
 * self-contained, accessible web page, or as an element to place in a page of one's own.
 *
 * @since 0.1.0
 */
package io.github.bulletinkit.html;
