package io.github.bulletinkit.testing;

import io.github.bulletinkit.theme.Typeface;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Fonts for the scripts beyond Europe, from Debian's {@code fonts-noto-core} and {@code fonts-droid-fallback}: where
 * they are not installed, the test is skipped, or fails when tools are required (see {@link ExternalTool}).
 */
public final class ScriptFonts {

    private static final Path NOTO = Path.of("/usr/share/fonts/truetype/noto");
    /** Droid Sans Fallback: Chinese, Japanese and Korean in one TrueType file. */
    public static final Path CHINESE = Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf");

    private ScriptFonts() {
    }

    /** The regular face of Noto Sans for {@code script}, such as {@code Arabic}. */
    public static Path regular(String script) {
        return require(NOTO.resolve("NotoSans" + script + "-Regular.ttf"));
    }

    /** The bold face of Noto Sans for {@code script}. */
    public static Path bold(String script) {
        return require(NOTO.resolve("NotoSans" + script + "-Bold.ttf"));
    }

    /** Noto Sans for {@code script} as a typeface: its regular and bold faces, the bold one slanted neither. */
    public static Typeface typeface(String script) {
        byte[] regular = read(regular(script));
        byte[] bold = read(bold(script));
        return Typeface.of(regular, bold, regular, bold);
    }

    /** Droid Sans Fallback as a typeface of one face. */
    public static Typeface chinese() {
        byte[] face = read(require(CHINESE));
        return Typeface.of(face, face, face, face);
    }

    /** Fallback fonts for Arabic, Hebrew, Devanagari, Bengali, Gurmukhi and Chinese, in that order. */
    public static List<Typeface> all() {
        List<Typeface> all = new ArrayList<>();
        for (String script : List.of("Arabic", "Hebrew", "Devanagari", "Bengali", "Gurmukhi")) {
            all.add(typeface(script));
        }
        all.add(chinese());
        return all;
    }

    private static Path require(Path file) {
        if (!Files.isRegularFile(file)) {
            ExternalTool.missing(file + " is not installed (Debian's fonts-noto-core and fonts-droid-fallback)");
        }
        return file;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
