package io.github.bulletinkit.render.theme;

import io.github.bulletinkit.render.Typeface.Face;
import java.util.Arrays;
import java.util.List;

/**
 * The property names of the theme format, in the order the guide and the schema list them. {@code $schema}
 * names the JSON Schema for editors that validate as they go; the reader accepts and ignores it.
 */
final class ThemeFields {

    static final List<String> THEME = List.of("$schema", "logo", "colours", "fonts");
    static final List<String> LOGO = List.of("image", "description", "height");
    static final List<String> COLOURS = List.of("accent", "text", "secondary", "link", "rule");
    static final List<String> FONTS = Arrays.stream(Face.values()).map(ThemeFields::name).toList();

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

    /** {@code a, b and c}, for messages that list what is allowed. */
    static String listed(List<String> names) {
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
