package io.github.bulletinkit.theme;

import io.github.bulletinkit.json.internal.JsonReading;
import io.github.bulletinkit.theme.Typeface.Face;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * One reading of one theme file's tokens into a {@link ThemeDraft}, collecting every problem of the text on the
 * way, each at its line and column. Not thread-safe; {@link ThemeReader} makes one a call.
 */
final class ThemeParse {

    private static final String COLOUR = "#[0-9A-Fa-f]{6}";

    private final JsonParser parser;
    private final JsonReading reading;
    private final ThemeDraft draft = new ThemeDraft();

    ThemeParse(JsonReading reading) {
        this.parser = reading.parser();
        this.reading = reading;
    }

    ThemeDraft draft() {
        return draft;
    }

    void document() {
        JsonToken first = parser.nextToken();
        if (first != JsonToken.START_OBJECT) {
            problemHere("", first == null ? "the file is empty; a theme is a JSON object, starting with {"
                    : "a theme is a JSON object, starting with {");
            return;
        }
        reading.place("", parser.currentTokenLocation());
        reading.object("", ThemeFields.THEME, "a theme", (name, path) -> {
            switch (name) {
                case "$schema" -> string(path);
                case "logo" -> logo(path);
                case "colours" -> colours(path);
                case "fonts" -> fonts(path);
                case "fallbackFonts" -> fallbackFonts(path);
                default -> throw JsonReading.unhandled(name);
            }
        });
        if (parser.nextToken() != null) {
            problemHere("", "unexpected content after the theme's closing }");
        }
    }

    private void logo(String path) {
        if (!reading.expect(path, JsonToken.START_OBJECT, "a logo (an object with image and description)")) {
            return;
        }
        draft.logo = true;
        reading.object(path, ThemeFields.LOGO, "a logo", (name, field) -> {
            switch (name) {
                case "image" -> draft.logoImage = string(field);
                case "description" -> draft.logoDescription = description(field);
                case "height" -> height(field);
                default -> throw JsonReading.unhandled(name);
            }
        });
        required(path + ".image", draft.logoImage, "a logo needs its image, a PNG or JPEG file");
        required(path + ".description", draft.logoDescription,
                "a logo needs a description, its alternative text for people who cannot see it");
    }

    private void colours(String path) {
        if (!reading.expect(path, JsonToken.START_OBJECT, "colours (an object)")) {
            return;
        }
        reading.object(path, ThemeFields.COLOURS, "colours", (name, field) -> {
            switch (name) {
                case "accent" -> colour(field, draft.builder::accent);
                case "text" -> colour(field, draft.builder::text);
                case "secondary" -> colour(field, draft.builder::secondary);
                case "link" -> colour(field, draft.builder::link);
                case "rule" -> colour(field, draft.builder::rule);
                default -> throw JsonReading.unhandled(name);
            }
        });
    }

    private void fonts(String path) {
        if (!reading.expect(path, JsonToken.START_OBJECT,
                "fonts (an object with regular, bold, italic and boldItalic)")) {
            return;
        }
        draft.fonts = true;
        reading.object(path, ThemeFields.FONTS, "fonts", (name, field) -> {
            Face face = faceNamed(name);
            String file = string(field);
            if (file != null) {
                draft.faces.put(face, file);
            }
        });
        for (Face face : Face.values()) {
            required(path + "." + ThemeFields.name(face), draft.faces.get(face),
                    "fonts needs all four faces: " + JsonReading.listed(ThemeFields.FONTS));
        }
    }

    private void fallbackFonts(String path) {
        String what = "a font (an object with regular, and optionally bold, italic and boldItalic)";
        if (!reading.expect(path, JsonToken.START_ARRAY, "fallbackFonts (an array of fonts)")) {
            return;
        }
        for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
            String at = path + "[" + i + "]";
            if (i == ThemeFields.MAX_FALLBACK_FONTS) {
                problemHere(path, "has more than " + ThemeFields.MAX_FALLBACK_FONTS + " fonts, the limit");
            }
            if (i >= ThemeFields.MAX_FALLBACK_FONTS) {
                parser.skipChildren();
                continue;
            }
            reading.placeHere(at);
            Map<Face, String> faces = new EnumMap<>(Face.class);
            draft.fallbacks.add(faces);
            if (!reading.expect(at, JsonToken.START_OBJECT, what)) {
                continue;
            }
            reading.object(at, ThemeFields.FONTS, "a fallback font", (name, field) -> {
                String file = string(field);
                if (file != null) {
                    faces.put(faceNamed(name), file);
                }
            });
            required(at + ".regular", faces.get(Face.REGULAR), "a fallback font needs its regular face");
        }
    }

    private static Face faceNamed(String name) {
        for (Face face : Face.values()) {
            if (ThemeFields.name(face).equals(name)) {
                return face;
            }
        }
        throw JsonReading.unhandled(name);
    }

    /**
     * A required field that is absent, unless it was there but unreadable, which is already said. Called on its
     * object's closing brace, where the problem sorts.
     */
    private void required(String path, String value, String why) {
        if (value == null && !reading.has(path)) {
            reading.place(path, parser.currentTokenLocation());
            reading.of(path, "missing; " + why);
        }
    }

    private String description(String path) {
        TokenStreamLocation at = parser.currentTokenLocation();
        String text = string(path);
        if (text != null && text.isBlank()) {
            reading.at(at, path, "must not be empty: it is the logo's alternative text");
            return null;
        }
        return text;
    }

    private void height(String path) {
        JsonToken token = parser.currentToken();
        if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
            reading.expect(path, JsonToken.VALUE_NUMBER_INT, "a number of points");
            return;
        }
        try {
            draft.builder.logoHeight((float) parser.getDoubleValue());
        } catch (IllegalArgumentException e) {
            problemHere(path, e.getMessage());
        }
    }

    private void colour(String path, Consumer<Rgb> set) {
        TokenStreamLocation at = parser.currentTokenLocation();
        String text = string(path);
        if (text == null) {
            return;
        }
        if (!text.matches(COLOUR)) {
            reading.at(at, path, quoted(text) + " is not a colour of the form #RRGGBB, such as #005EA5");
            return;
        }
        set.accept(Rgb.parse(text));
    }

    /** A string, or null when the value is null or not a string (which is reported). */
    private String string(String path) {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        return reading.expect(path, JsonToken.VALUE_STRING, "a string") ? parser.getString() : null;
    }

    /** A value quoted in a message, cut short: a theme file may be a megabyte of one string. */
    static String quoted(String text) {
        return "\"" + (text.length() > 60 ? text.substring(0, 57) + "..." : text) + "\"";
    }

    private void problemHere(String path, String message) {
        reading.here(path, message);
    }
}
