/**
 * An organisation's look, alike in every format: a {@link io.github.bulletinkit.theme.Theme} of colours (checked
 * for contrast), a {@link io.github.bulletinkit.theme.Logo} and a {@link io.github.bulletinkit.theme.Typeface};
 * and {@link io.github.bulletinkit.theme.ThemeReader}, which reads one from its JSON form, a {@code theme.json}
 * beside the logo and font files it names (see {@code theme.schema.json}).
 *
 * @since 0.2.0
 */
package io.github.bulletinkit.theme;
