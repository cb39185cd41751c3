package io.github.bulletinkit.cli;

import io.github.bulletinkit.model.Entry;
import io.github.bulletinkit.model.Link;
import io.github.bulletinkit.model.RichText;
import io.github.bulletinkit.render.BulletinRenderer;
import io.github.bulletinkit.render.RenderOptions;
import io.github.bulletinkit.render.RendererProvider;
import io.github.bulletinkit.render.Theme;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A third-party format, as another jar would add one: registered in this test tree's
 * {@code META-INF/services}, it proves that the command line finds formats it was not built with.
 */
public final class PlainTextRendererProvider implements RendererProvider {

    @Override
    public String format() {
        return "txt";
    }

    @Override
    public String fileExtension() {
        return "txt";
    }

    @Override
    public BulletinRenderer create(RenderOptions options) {
        return (bulletin, out) -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write(bulletin.title() + "\n");
            for (Entry entry : bulletin.entries()) {
                write(writer, entry);
            }
            // Shows that a theme reached the renderer; the default theme leaves the text as it was.
            if (!options.theme().equals(Theme.defaults())) {
                writer.write("\n" + options.theme() + "\n");
            }
            writer.flush();
        };
    }

    private static void write(Writer writer, Entry entry) throws IOException {
        writer.write("\n" + entry.topic() + "\n");
        for (RichText paragraph : entry.summary()) {
            writer.write(paragraph.plainText() + "\n");
        }
        for (Link link : entry.links()) {
            writer.write(link.plainText() + "\n");
        }
    }
}
