package io.github.bulletinkit.format;

import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Makes renderers of one format. Found with {@link java.util.ServiceLoader}: a jar adds a format by
 * naming its provider in {@code META-INF/services/io.github.bulletinkit.format.RendererProvider}, or, as a
 * module, with {@code provides io.github.bulletinkit.format.RendererProvider with ...}.
 *
 * @since 0.1.0
 */
public interface RendererProvider {

    /**
     * The format's short name, as users type it.
     *
     * @return the name, such as {@code pdf}; lower case, unique among providers, never null
     */
    String format();

    /**
     * The file name extension of its documents.
     *
     * @return the extension without the dot, such as {@code pdf}; never null
     */
    String fileExtension();

    /**
     * A renderer that lays bulletins out with {@code options}.
     *
     * @param options the layout; not null
     * @return the renderer; never null
     */
    BulletinRenderer create(RenderOptions options);

    /**
     * Every provider that {@link ServiceLoader} finds for this interface, sorted by format. Discovery
     * happens only when this is called, each time anew.
     *
     * @return the providers, sorted by {@link #format()}; unmodifiable, may be empty, never null
     * @throws java.util.ServiceConfigurationError when a provider named in the configuration cannot be loaded
     */
    static List<RendererProvider> discover() {
        return ServiceLoader.load(RendererProvider.class).stream()
                .map(ServiceLoader.Provider::get)
                .sorted(Comparator.comparing(RendererProvider::format))
                .toList();
    }
}
