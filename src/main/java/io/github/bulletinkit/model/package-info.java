/**
 * The bulletin model: a {@link io.github.bulletinkit.model.Bulletin} holds
 * {@link io.github.bulletinkit.model.Entry entries}, whose summaries and
 * {@link io.github.bulletinkit.model.Link links} are {@link io.github.bulletinkit.model.RichText} made of
 * {@link io.github.bulletinkit.model.Run runs}.
 *
 * <p>The values are immutable and safe to share between threads; their builders are not. Bulletins, entries,
 * links, rich text and runs check themselves when they are made, so one that breaks the rules never exists: the
 * constructor throws {@link io.github.bulletinkit.model.InvalidBulletinException}, listing every
 * {@link io.github.bulletinkit.model.Problem} with its path, not only the first. Absent optional texts are
 * empty strings, never null. The model knows nothing of JSON, PDF or Word.
 *
 * @since 0.1.0
 */
package io.github.bulletinkit.model;
