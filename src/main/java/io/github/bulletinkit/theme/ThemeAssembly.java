package io.github.bulletinkit.theme;

import io.github.bulletinkit.json.internal.JsonReading;
import io.github.bulletinkit.model.InvalidBulletinException;
import io.github.bulletinkit.theme.Typeface.Face;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Makes a {@link Theme} of a {@link ThemeDraft}: reads the files it names, checks them, and checks the colours,
 * reporting every problem under the field that caused it. Not thread-safe; one a reading.
 */
final class ThemeAssembly {

    private final Path themeFile;
    private final JsonReading problems;

    ThemeAssembly(Path themeFile, JsonReading problems) {
        this.themeFile = themeFile;
        this.problems = problems;
    }

    /** The theme, or empty when any problem was found, here or before. */
    Optional<Theme> theme(ThemeDraft draft) {
        if (draft.logoImage != null) {
            draft.builder.logo(logo(draft.logoImage, draft.logoDescription));
        }
        if (draft.fonts) {
            draft.builder.typeface(typeface(draft.faces));
        }
        for (int i = 0; i < draft.fallbacks.size(); i++) {
            Typeface fallback = fallback("fallbackFonts[" + i + "].", draft.fallbacks.get(i));
            if (fallback != null) {
                draft.builder.fallbackFont(fallback);
            }
        }
        try {
            Theme theme = draft.builder.build();
            return problems.isEmpty() ? Optional.of(theme) : Optional.empty();
        } catch (InvalidBulletinException e) {
            problems.add(e.under("colours").problems());
            return Optional.empty();
        }
    }

    private Logo logo(String image, String description) {
        String path = "logo.image";
        byte[] bytes = NamedFile.read(themeFile, image, ThemeReader.MAX_LOGO_BYTES, "a logo file", path, problems);
        if (bytes == null) {
            return null;
        }
        try {
            // A missing description is reported on its own; the image is still checked.
            return Logo.of(bytes, description != null ? description : "unchecked");
        } catch (IllegalArgumentException e) {
            problems.of(path, image + ": " + e.getMessage());
            return null;
        }
    }

    private Typeface typeface(Map<Face, String> written) {
        Map<Face, byte[]> files = new EnumMap<>(Face.class);
        written.forEach((face, file) -> {
            byte[] bytes = NamedFile.read(themeFile, file, ThemeReader.MAX_FONT_BYTES, "a font file", field(face),
                    problems);
            if (bytes != null) {
                files.put(face, bytes);
            }
        });
        if (files.size() == Face.values().length) {
            try {
                return Typeface.of(files.get(Face.REGULAR), files.get(Face.BOLD), files.get(Face.ITALIC),
                        files.get(Face.BOLD_ITALIC));
            } catch (IllegalArgumentException e) {
                // Falls through to find every bad face, not only the first that Typeface names.
            }
        }
        files.forEach((face, bytes) -> {
            try {
                // Typeface.of stops at the first face it refuses; a face given for all four is judged alone.
                Typeface.of(bytes, bytes, bytes, bytes);
            } catch (IllegalArgumentException e) {
                problems.of(field(face), written.get(face) + ": not a TrueType or OpenType font");
            }
        });
        return null;
    }

    /**
     * A fallback font, its missing faces taken from those it has: a script's font often comes in regular and
     * bold alone, and a reader would rather see its letters upright than not at all.
     */
    private Typeface fallback(String path, Map<Face, String> written) {
        Map<Face, byte[]> files = new EnumMap<>(Face.class);
        written.forEach((face, file) -> {
            String field = path + ThemeFields.name(face);
            byte[] bytes = NamedFile.read(themeFile, file, ThemeReader.MAX_FONT_BYTES, "a font file", field, problems);
            if (bytes == null) {
                return;
            }
            try {
                Typeface.of(bytes, bytes, bytes, bytes);
                files.put(face, bytes);
            } catch (IllegalArgumentException e) {
                problems.of(field, file + ": not a TrueType or OpenType font");
            }
        });
        if (files.size() != written.size() || !files.containsKey(Face.REGULAR)) {
            return null;
        }
        byte[] regular = files.get(Face.REGULAR);
        byte[] bold = files.getOrDefault(Face.BOLD, regular);
        byte[] italic = files.getOrDefault(Face.ITALIC, regular);
        byte[] boldItalic = files.getOrDefault(Face.BOLD_ITALIC, files.containsKey(Face.BOLD) ? bold : italic);
        return Typeface.of(regular, bold, italic, boldItalic);
    }

    private static String field(Face face) {
        return "fonts." + ThemeFields.name(face);
    }
}
