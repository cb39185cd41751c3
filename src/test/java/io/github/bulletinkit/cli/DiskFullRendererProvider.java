package io.github.bulletinkit.cli;

import io.github.bulletinkit.docx.DocxRenderer;
import io.github.bulletinkit.format.BulletinRenderer;
import io.github.bulletinkit.format.RenderOptions;
import io.github.bulletinkit.format.RendererProvider;
import io.github.bulletinkit.testing.FailingOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A format written to a disk that fills up, registered in this test tree's {@code META-INF/services} beside
 * {@link PlainTextRendererProvider}. It writes the DOCX of a bulletin (which, unlike the PDF, refuses no
 * bulletin of its own), unless the bulletin's title is {@code Disk full after N bytes}: then the disk takes N
 * bytes of it and fails every write after them.
 */
public final class DiskFullRendererProvider implements RendererProvider {

    private static final Pattern FULL = Pattern.compile("Disk full after (\\d+) bytes");

    @Override
    public String format() {
        return "disk-full";
    }

    @Override
    public String fileExtension() {
        return "bin";
    }

    @Override
    public BulletinRenderer create(RenderOptions options) {
        DocxRenderer docx = DocxRenderer.builder().options(options).build();
        return (bulletin, out) -> {
            Matcher full = FULL.matcher(bulletin.title());
            docx.render(bulletin, full.matches() ? FailingOutputStream.after(Long.parseLong(full.group(1)), out) : out);
        };
    }
}
