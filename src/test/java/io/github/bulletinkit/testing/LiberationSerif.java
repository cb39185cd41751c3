package io.github.bulletinkit.testing;

import io.github.bulletinkit.theme.Typeface;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Liberation Serif, a family that is not BulletinKit's default, from the OpenPDF fonts jar on the class path: an
 * organisation's typeface for tests.
 */
public final class LiberationSerif {

    /** The files of the four faces, in the order of {@link Typeface.Face}. */
    public static final List<String> FILES = List.of("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf",
            "LiberationSerif-Italic.ttf", "LiberationSerif-BoldItalic.ttf");

    private LiberationSerif() {
    }

    /** The bytes of one face's file, such as {@code LiberationSerif-Bold.ttf}. */
    public static byte[] file(String name) {
        try (InputStream in = LiberationSerif.class.getResourceAsStream("/liberation/" + name)) {
            if (in == null) {
                throw new IllegalStateException("liberation/" + name + " is not on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The typeface. */
    public static Typeface typeface() {
        return Typeface.of(file(FILES.get(0)), file(FILES.get(1)), file(FILES.get(2)), file(FILES.get(3)));
    }

    /** Copies the four files into {@code folder}, which is created if missing. */
    public static void copyInto(Path folder) throws IOException {
        Files.createDirectories(folder);
        for (String name : FILES) {
            Files.write(folder.resolve(name), file(name));
        }
    }
}
