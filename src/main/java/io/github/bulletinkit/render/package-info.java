/**
 * The words every format writes around the model's own text, in the deprecated
 * {@link io.github.bulletinkit.render.DocumentText}, which {@link io.github.bulletinkit.layout.Words} replaces. The renderer contract and the layout settings moved to
 * {@link io.github.bulletinkit.format}, the formats to packages of their own, and the theme to
 * {@link io.github.bulletinkit.theme}.
 *
 * @since 0.1.0
 */
package io.github.bulletinkit.render;
