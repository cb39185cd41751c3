package io.github.bulletinkit.cli;

import io.github.bulletinkit.format.RendererProvider;
import java.util.Iterator;

/** The formats of the renderers found on the class path, for {@code --help} and for checking {@code -f}. */
final class FormatNames implements Iterable<String> {

    @Override
    public Iterator<String> iterator() {
        return RendererProvider.discover().stream().map(RendererProvider::format).iterator();
    }
}
