package io.github.bulletinkit.pdf;

import io.github.bulletinkit.testing.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Renders the test bulletin into the file named by its argument, for comparing the bytes of two JVMs. */
final class RenderInAnotherJvm {

    private RenderInAnotherJvm() {
    }

    static byte[] render() {
        return PdfRenderer.builder().archival(true).build()
                .render(TestBulletins.with(Samples.sample(), TestBulletins.richEntry()));
    }

    public static void main(String[] args) throws IOException {
        Files.write(Path.of(args[0]), render());
    }
}
