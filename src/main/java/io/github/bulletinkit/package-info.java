/**
 * BulletinKit: an immutable model of news bulletins, their JSON form, an importer for old exports, and
 * renderers to PDF and DOCX. This package holds {@link io.github.bulletinkit.BulletinKit}, which tells the
 * library's version; the rest of the API is in the subpackages.
 *
 * @since 0.1.0
 */
package io.github.bulletinkit;
