package io.github.bulletinkit.odt;

import io.github.bulletinkit.format.BulletinRenderer;
import io.github.bulletinkit.format.RenderOptions;
import io.github.bulletinkit.format.RendererProvider;

/**
 * Provides {@link OdtRenderer}s for the format {@code odt}, to {@link java.util.ServiceLoader}. Stateless and
 * thread-safe.
 *
 * @since 0.2.0
 */
public final class OdtRendererProvider implements RendererProvider {

    /** For {@link java.util.ServiceLoader}. */
    public OdtRendererProvider() {
    }

    @Override
    public String format() {
        return "odt";
    }

    @Override
    public String fileExtension() {
        return "odt";
    }

    /** @throws NullPointerException when {@code options} is null */
    @Override
    public BulletinRenderer create(RenderOptions options) {
        return OdtRenderer.builder().options(options).build();
    }
}
