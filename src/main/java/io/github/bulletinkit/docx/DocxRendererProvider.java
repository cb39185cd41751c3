package io.github.bulletinkit.docx;

import io.github.bulletinkit.format.BulletinRenderer;
import io.github.bulletinkit.format.RenderOptions;
import io.github.bulletinkit.format.RendererProvider;

/**
 * Provides {@link DocxRenderer}s for the format {@code docx}, to {@link java.util.ServiceLoader}.
 * Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class DocxRendererProvider implements RendererProvider {

    /** For {@link java.util.ServiceLoader}. */
    public DocxRendererProvider() {
    }

    @Override
    public String format() {
        return "docx";
    }

    @Override
    public String fileExtension() {
        return "docx";
    }

    /** @throws NullPointerException when {@code options} is null */
    @Override
    public BulletinRenderer create(RenderOptions options) {
        return DocxRenderer.builder().options(options).build();
    }
}
