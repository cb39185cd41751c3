/**
 * The JSON form of a bulletin: {@link io.github.bulletinkit.json.BulletinJsonReader} reads it, reporting every
 * problem of the input with its line and column or its path, within the bounds of
 * {@link io.github.bulletinkit.format.ReadLimits}; {@link io.github.bulletinkit.json.BulletinJsonWriter} writes
 * it so that the reader reads back an equal bulletin. Summaries and link texts are written in the inline
 * markup of {@link io.github.bulletinkit.markup.InlineMarkup}. The JSON Schema ships in the jar as
 * {@code io/github/bulletinkit/json/bulletin.schema.json}.
 *
 * @since 0.1.0
 */
package io.github.bulletinkit.json;
