package io.github.bulletinkit.cli;

import io.github.bulletinkit.format.BulletinRenderer;
import io.github.bulletinkit.format.RenderOptions;
import io.github.bulletinkit.format.RendererProvider;
import io.github.bulletinkit.layout.Words;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.Entry;
import io.github.bulletinkit.model.Link;
import io.github.bulletinkit.model.RichText;
import io.github.bulletinkit.theme.Theme;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A third-party format, as another jar would add one: registered in this test tree's
 * {@code META-INF/services}, it proves that the command line finds formats it was not built with.
 */
public final class PlainTextRendererProvider implements RendererProvider {

    /** How many renderers this provider has made, so that a test sees the command line make one a run. */
    static final AtomicInteger CREATED = new AtomicInteger();

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
        CREATED.incrementAndGet();
        return (bulletin, out) -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write(bulletin.title() + "\n" + bulletin.subtitle() + "\n");
            writer.write(bulletin.informationHeading() + " | " + bulletin.linkHeading() + "\n");
            for (Entry entry : bulletin.entries()) {
                write(writer, entry, bulletin);
            }
            // Shows that a theme reached the renderer; the default theme leaves the text as it was.
            if (!options.theme().equals(Theme.defaults())) {
                writer.write("\n" + options.theme() + "\n");
            }
            writer.flush();
        };
    }

    private static void write(Writer writer, Entry entry, Bulletin bulletin) throws IOException {
        writer.write("\n" + entry.topic() + "\n" + Words.of(bulletin.locale()).sourceLine(entry.source()) + "\n"
                + Words.of(bulletin.locale()).publishedLine(entry.published()) + "\n");
        for (RichText paragraph : entry.summary()) {
            writer.write(paragraph.plainText() + "\n");
        }
        for (Link link : entry.links()) {
            writer.write(link.plainText() + "\n");
        }
    }
}
