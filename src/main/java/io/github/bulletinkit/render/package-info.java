/**
 * What every renderer shares: the {@link io.github.bulletinkit.render.BulletinRenderer} interface, the layout
 * settings in {@link io.github.bulletinkit.render.RenderOptions}, and the words of
 * {@link io.github.bulletinkit.render.DocumentText}. Each format lives in a subpackage of its own and is found
 * through {@link io.github.bulletinkit.render.RendererProvider} with {@link java.util.ServiceLoader}.
 *
 * @since 0.1.0
 */
package io.github.bulletinkit.render;
