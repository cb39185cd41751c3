package io.github.bulletinkit.testing;

import io.github.bulletinkit.theme.Theme;
import io.github.bulletinkit.theme.Typeface;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The fonts of other scripts that Debian's {@code fonts-noto-core} and {@code fonts-droid-fallback} install, for
 * tests of bulletins in Arabic, Hebrew, Hindi, Bengali, Punjabi and Chinese. A test that needs one skips without
 * it, or fails when {@code BULLETINKIT_REQUIRE_TOOLS=true}.
 */
public final class ScriptFonts {

    private static final Path NOTO = Path.of("/usr/share/fonts/truetype/noto");
    private static final Path DROID = Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf");
    /** The Noto families each bulletin of other scripts needs, in the order a theme tries them. */
    private static final String[] NOTO_FAMILIES = {"Arabic", "Hebrew", "Devanagari", "Bengali", "Gurmukhi"};

    private ScriptFonts() {
    }

    /** A Noto Sans face, such as {@code NotoSansArabic-Bold.ttf}. */
    public static Path noto(String fileName) {
        return existing(NOTO.resolve(fileName), "fonts-noto-core");
    }

    /** Droid Sans Fallback, which has Chinese, Japanese and Korean. */
    public static Path droidSansFallback() {
        return existing(DROID, "fonts-droid-fallback");
    }

    /** A typeface of a Noto Sans script's regular and bold faces, the bold standing in for the italics. */
    public static Typeface notoSans(String script) {
        byte[] regular = read(noto("NotoSans" + script + "-Regular.ttf"));
        byte[] bold = read(noto("NotoSans" + script + "-Bold.ttf"));
        return Typeface.of(regular, bold, regular, bold);
    }

    /** A theme whose fallback fonts are Noto Sans Arabic, Hebrew, Devanagari, Bengali, Gurmukhi, then Droid. */
    public static Theme theme() {
        Theme.Builder theme = Theme.builder();
        for (String script : NOTO_FAMILIES) {
            theme.fallbackFont(notoSans(script));
        }
        byte[] droid = read(droidSansFallback());
        return theme.fallbackFont(Typeface.of(droid, droid, droid, droid)).build();
    }

    private static Path existing(Path file, String debianPackage) {
        if (!Files.isRegularFile(file)) {
            ExternalTool.missing(file + " is not installed (Debian's " + debianPackage + ")");
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
