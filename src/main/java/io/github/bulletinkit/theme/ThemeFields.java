package io.github.bulletinkit.theme;

import io.github.bulletinkit.theme.Typeface.Face;
import java.util.Arrays;
import java.util.List;

/**
 * The property names of the theme format, in the order the guide and the schema list them. {@code $schema}
 * names the JSON Schema for editors that validate as they go; the reader accepts and ignores it.
 */
final class ThemeFields {

    static final List<String> THEME = List.of("$schema", "logo", "colours", "fonts", "fallbackFonts");
    static final List<String> LOGO = List.of("image", "description", "height");
    static final List<String> COLOURS = List.of("accent", "text", "secondary", "link", "rule");
    static final List<String> FONTS = Arrays.stream(Face.values()).map(ThemeFields::name).toList();

    /** The most fallback fonts a theme may name: one for each script a bulletin might hold, and more. */
    static final int MAX_FALLBACK_FONTS = 16;

    private ThemeFields() {
    }

    /** The property of a face in {@code fonts}: the one place that ties the format's names to the faces. */
    static String name(Face face) {
        return switch (face) {
            case REGULAR -> "regular";
            case BOLD -> "bold";
            case ITALIC -> "italic";
            case BOLD_ITALIC -> "boldItalic";
        };
    }
}
