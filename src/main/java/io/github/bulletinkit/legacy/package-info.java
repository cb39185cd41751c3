/**
 * The importer of the tab-separated exports that bulletins were kept in before BulletinKit:
 * {@link io.github.bulletinkit.legacy.LegacyExportReader} turns one into a
 * {@link io.github.bulletinkit.model.Bulletin}, or reports every line it cannot place.
 *
 * @since 0.1.0
 */
package io.github.bulletinkit.legacy;
