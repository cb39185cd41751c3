/**
 * Reads an organisation's {@link io.github.bulletinkit.render.Theme} from its JSON form, a {@code theme.json}
 * beside the logo and font files it names; see {@link io.github.bulletinkit.render.theme.ThemeReader} and
 * {@code theme.schema.json}.
 *
 * @since 0.1.0
 */
package io.github.bulletinkit.render.theme;
