package io.github.bulletinkit.html;

import io.github.bulletinkit.format.BulletinRenderer;
import io.github.bulletinkit.format.RenderOptions;
import io.github.bulletinkit.format.RendererProvider;

/**
 * Offers {@link HtmlRenderer} to {@link java.util.ServiceLoader} as the format {@code html}: whole pages. Build
 * an {@link HtmlRenderer} directly for a fragment.
 *
 * @since 0.1.0
 */
public final class HtmlRendererProvider implements RendererProvider {

    /** For {@link java.util.ServiceLoader}. */
    public HtmlRendererProvider() {
    }

    @Override
    public String format() {
        return "html";
    }

    @Override
    public String fileExtension() {
        return "html";
    }

    /** @throws NullPointerException when {@code options} is null */
    @Override
    public BulletinRenderer create(RenderOptions options) {
        return HtmlRenderer.builder().options(options).build();
    }
}
