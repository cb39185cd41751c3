package io.github.bulletinkit.docx;

import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.testing.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Run by {@link DocxWithLiteSchemasTest} in a JVM without poi-ooxml-full: renders the test bulletins into the
 * directory given, one file each.
 */
final class LiteSchemasRender {

    static List<Bulletin> bulletins() {
        return List.of(Samples.sample(), TestBulletins.rich(), TestBulletins.multilingual());
    }

    public static void main(String[] arguments) throws Exception {
        try {
            Class.forName("org.openxmlformats.schemas.wordprocessingml.x2006.main.CTCompat");
            System.err.println("poi-ooxml-full is on the classpath, so this proves nothing");
            System.exit(2);
        } catch (ClassNotFoundException expected) {
            // Only poi-ooxml-lite, as in an application that depends on this library.
        }
        List<Bulletin> bulletins = bulletins();
        for (int i = 0; i < bulletins.size(); i++) {
            Files.write(Path.of(arguments[0], i + ".docx"), DocxRenderer.create().render(bulletins.get(i)));
        }
    }
}
