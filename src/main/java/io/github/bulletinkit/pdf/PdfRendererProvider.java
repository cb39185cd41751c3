package io.github.bulletinkit.pdf;

import io.github.bulletinkit.format.BulletinRenderer;
import io.github.bulletinkit.format.RenderOptions;
import io.github.bulletinkit.format.RendererProvider;

/**
 * Offers {@link PdfRenderer} to {@link java.util.ServiceLoader} as the format {@code pdf}. The renderers
 * it makes are not archival; build a {@link PdfRenderer} directly for PDF/A-2b.
 *
 * @since 0.1.0
 */
public final class PdfRendererProvider implements RendererProvider {

    /** For {@link java.util.ServiceLoader}. */
    public PdfRendererProvider() {
    }

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public String fileExtension() {
        return "pdf";
    }

    /** @throws NullPointerException when {@code options} is null */
    @Override
    public BulletinRenderer create(RenderOptions options) {
        return PdfRenderer.builder().options(options).build();
    }
}
