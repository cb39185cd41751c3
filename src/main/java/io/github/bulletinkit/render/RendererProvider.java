package io.github.bulletinkit.render;

import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Makes renderers of one format. Found with {@link java.util.ServiceLoader}: a jar adds a format by
 * naming its provider in {@code META-INF/services/io.github.bulletinkit.render.RendererProvider}.
 *
 * @since 0.1.0
 */
public interface RendererProvider {

    /** The format's short name, as users type it ({@code pdf}); lower case, unique. */
    String format();

    /** The file name extension of its documents, without the dot ({@code pdf}). */
    String fileExtension();

    /** A renderer that lays bulletins out with {@code options}. */
    BulletinRenderer create(RenderOptions options);

    /**
     * Every provider that {@link ServiceLoader} finds for this interface, sorted by format. Discovery
     * happens only when this is called.
     */
    static List<RendererProvider> discover() {
        return ServiceLoader.load(RendererProvider.class).stream()
                .map(ServiceLoader.Provider::get)
                .sorted(Comparator.comparing(RendererProvider::format))
                .toList();
    }
}
