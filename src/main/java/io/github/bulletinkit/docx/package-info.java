/**
 * Word documents (DOCX): {@link io.github.bulletinkit.docx.DocxRenderer} lays a bulletin out as a Word
 * document with named styles, an accessible table and reproducible bytes, and
 * {@link io.github.bulletinkit.docx.DocxBulletinReader} reads one back, after it has been edited, into a
 * bulletin. Every call into Apache POI lives in this package.
 *
 * @since 0.1.0
 */
package io.github.bulletinkit.docx;
