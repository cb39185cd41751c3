package org.example.markdown;

import io.github.bulletinkit.format.BulletinRenderer;
import io.github.bulletinkit.format.RenderOptions;
import io.github.bulletinkit.format.RendererProvider;

/** Provides {@link MarkdownRenderer}s for the format {@code md}, to {@link java.util.ServiceLoader}. */
public final class MarkdownRendererProvider implements RendererProvider {

    @Override
    public String format() {
        return "md";
    }

    @Override
    public String fileExtension() {
        return "md";
    }

    @Override
    public BulletinRenderer create(RenderOptions options) {
        return new MarkdownRenderer(options);
    }
}
