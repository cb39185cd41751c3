package org.example.markdown;

import io.github.bulletinkit.format.BulletinRenderer;
import io.github.bulletinkit.format.RenderOptions;
import io.github.bulletinkit.layout.LayoutPlan;
import io.github.bulletinkit.model.Bulletin;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Lays a bulletin out as Markdown with GitHub's tables: the title a heading, then a two-column table, a row an
 * entry. It decides nothing: it translates the layout plan, which says what the bulletin says and in what order.
 * Immutable and thread-safe.
 */
public final class MarkdownRenderer implements BulletinRenderer {

    private final RenderOptions options;

    public MarkdownRenderer(RenderOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    @Override
    public void render(Bulletin bulletin, OutputStream out) throws IOException {
        Objects.requireNonNull(bulletin, "bulletin");
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            // Row by row: a long bulletin is never held whole.
            LayoutPlan.of(bulletin, options).accept(new MarkdownWriter(writer));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        writer.flush();
    }
}
