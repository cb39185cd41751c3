/**
 * The two kinds of format and what they share: a {@link io.github.bulletinkit.format.BulletinRenderer} lays a
 * bulletin out as a document, a {@link io.github.bulletinkit.format.BulletinReader} reads one back. Each format
 * is found through its {@link io.github.bulletinkit.format.RendererProvider} or
 * {@link io.github.bulletinkit.format.ReaderProvider} with {@link java.util.ServiceLoader}, so that a jar on the
 * class path adds one. Renderers share the layout settings of {@link io.github.bulletinkit.format.RenderOptions};
 * readers share the bounds of {@link io.github.bulletinkit.format.ReadLimits} and report every problem at once in
 * an {@link io.github.bulletinkit.model.InvalidBulletinException}. The formats themselves live in packages of
 * their own: {@code pdf}, {@code docx}, {@code html}, {@code email}, {@code json}, {@code legacy}.
 *
 * @since 0.2.0
 */
package io.github.bulletinkit.format;
