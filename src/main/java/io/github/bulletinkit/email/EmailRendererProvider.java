package io.github.bulletinkit.email;

import io.github.bulletinkit.format.BulletinRenderer;
import io.github.bulletinkit.format.RenderOptions;
import io.github.bulletinkit.format.RendererProvider;

/**
 * Offers {@link EmailRenderer} to {@link java.util.ServiceLoader} as the format {@code email}, whose files
 * end in {@code .eml}.
 *
 * @since 0.1.0
 */
public final class EmailRendererProvider implements RendererProvider {

    /** For {@link java.util.ServiceLoader}. */
    public EmailRendererProvider() {
    }

    @Override
    public String format() {
        return "email";
    }

    @Override
    public String fileExtension() {
        return "eml";
    }

    /** @throws NullPointerException when {@code options} is null */
    @Override
    public BulletinRenderer create(RenderOptions options) {
        return EmailRenderer.builder().options(options).build();
    }
}
