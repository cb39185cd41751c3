package io.github.bulletinkit.format;

import io.github.bulletinkit.docx.DocxRenderer;
import io.github.bulletinkit.pdf.PdfRenderer;
import io.github.bulletinkit.testing.LargeBulletins;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run by {@link LargeBulletinMemoryTest} in a JVM with a small heap: makes a bulletin of the given number of
 * entries from the sample's and renders it into the given file. Arguments: {@code pdf|docx entries file}.
 */
final class RenderInSmallHeap {

    private RenderInSmallHeap() {
    }

    public static void main(String[] arguments) throws Exception {
        BulletinRenderer renderer = switch (arguments[0]) {
            case "pdf" -> PdfRenderer.create();
            case "docx" -> DocxRenderer.create();
            default -> throw new IllegalArgumentException("pdf or docx, not " + arguments[0]);
        };
        int entries = Integer.parseInt(arguments[1]);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of(arguments[2])))) {
            renderer.render(LargeBulletins.of(entries), out);
        }
        System.out.println("rendered " + entries + " entries in a heap of at most "
                + (Runtime.getRuntime().maxMemory() >> 20) + " MB");
    }
}
