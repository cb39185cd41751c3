/**
 * OpenDocument text (ODT), LibreOffice's own format: {@link io.github.bulletinkit.odt.OdtRenderer} lays a
 * bulletin out as the same document as the DOCX, with named styles and reproducible bytes, and
 * {@link io.github.bulletinkit.odt.OdtBulletinReader} reads one back, after it has been edited, into a bulletin.
 * Written and read with the JDK's streaming XML and {@code java.util.zip} alone.
 *
 * @since 0.2.0
 */
package io.github.bulletinkit.odt;
