/**
 * The PDF renderer: {@link io.github.bulletinkit.pdf.PdfRenderer}, offered to
 * {@link java.util.ServiceLoader} as the format {@code pdf} by
 * {@link io.github.bulletinkit.pdf.PdfRendererProvider}.
 *
 * <p>Every call to OpenPDF in BulletinKit is in this package. OpenPDF keeps some state in static fields
 * (its font registry and font cache among them); this package uses none of it, so that renders on many
 * threads at once cannot see each other. It keeps one thing of its own: each face of the font, parsed once
 * for each of its two encodings and then only read by every render.
 *
 * @since 0.1.0
 */
package io.github.bulletinkit.pdf;
