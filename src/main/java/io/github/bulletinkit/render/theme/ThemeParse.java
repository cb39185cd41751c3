package io.github.bulletinkit.render.theme;

import io.github.bulletinkit.render.Rgb;
import io.github.bulletinkit.render.Typeface.Face;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
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
    private final ThemeProblems problems;
    private final ThemeDraft draft = new ThemeDraft();

    ThemeParse(JsonParser parser, ThemeProblems problems) {
        this.parser = parser;
        this.problems = problems;
    }

    ThemeDraft draft() {
        return draft;
    }

    void syntaxError(JacksonException e) {
        problems.syntaxError(e, parser);
    }

    void document() {
        JsonToken first = parser.nextToken();
        if (first != JsonToken.START_OBJECT) {
            problemHere("", first == null ? "the file is empty; a theme is a JSON object, starting with {"
                    : "a theme is a JSON object, starting with {");
            return;
        }
        problems.place("", parser.currentTokenLocation());
        object("", ThemeFields.THEME, "a theme", (name, path) -> {
            switch (name) {
                case "$schema" -> string(path);
                case "logo" -> logo(path);
                case "colours" -> colours(path);
                case "fonts" -> fonts(path);
                default -> throw unhandled(name);
            }
        });
        if (parser.nextToken() != null) {
            problemHere("", "unexpected content after the theme's closing }");
        }
    }

    private void logo(String path) {
        if (!expect(path, JsonToken.START_OBJECT, "a logo (an object with image and description)")) {
            return;
        }
        draft.logo = true;
        object(path, ThemeFields.LOGO, "a logo", (name, field) -> {
            switch (name) {
                case "image" -> draft.logoImage = string(field);
                case "description" -> draft.logoDescription = description(field);
                case "height" -> height(field);
                default -> throw unhandled(name);
            }
        });
        required(path + ".image", draft.logoImage, "a logo needs its image, a PNG or JPEG file");
        required(path + ".description", draft.logoDescription,
                "a logo needs a description, its alternative text for people who cannot see it");
    }

    private void colours(String path) {
        if (!expect(path, JsonToken.START_OBJECT, "colours (an object)")) {
            return;
        }
        object(path, ThemeFields.COLOURS, "colours", (name, field) -> {
            switch (name) {
                case "accent" -> colour(field, draft.builder::accent);
                case "text" -> colour(field, draft.builder::text);
                case "secondary" -> colour(field, draft.builder::secondary);
                case "link" -> colour(field, draft.builder::link);
                case "rule" -> colour(field, draft.builder::rule);
                default -> throw unhandled(name);
            }
        });
    }

    private void fonts(String path) {
        if (!expect(path, JsonToken.START_OBJECT, "fonts (an object with regular, bold, italic and boldItalic)")) {
            return;
        }
        draft.fonts = true;
        object(path, ThemeFields.FONTS, "fonts", (name, field) -> {
            Face face = faceNamed(name);
            String file = string(field);
            if (file != null) {
                draft.faces.put(face, file);
            }
        });
        for (Face face : Face.values()) {
            required(path + "." + ThemeFields.name(face), draft.faces.get(face),
                    "fonts needs all four faces: " + ThemeFields.listed(ThemeFields.FONTS));
        }
    }

    private static Face faceNamed(String name) {
        for (Face face : Face.values()) {
            if (ThemeFields.name(face).equals(name)) {
                return face;
            }
        }
        throw unhandled(name);
    }

    // Every allowed name has its own branch: a name added to ThemeFields without one fails every test that uses
    // it, instead of being read as another field.
    private static IllegalStateException unhandled(String name) {
        return new IllegalStateException("the reader has no branch for the property " + name);
    }

    /**
     * A required field that is absent, unless it was there but unreadable, which is already said. Called on its
     * object's closing brace, where the problem sorts.
     */
    private void required(String path, String value, String why) {
        if (value == null && !problems.has(path)) {
            problems.place(path, parser.currentTokenLocation());
            problems.of(path, "missing; " + why);
        }
    }

    private String description(String path) {
        TokenStreamLocation at = parser.currentTokenLocation();
        String text = string(path);
        if (text != null && text.isBlank()) {
            problems.at(at, path, "must not be empty: it is the logo's alternative text");
            return null;
        }
        return text;
    }

    private void height(String path) {
        JsonToken token = parser.currentToken();
        if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
            expect(path, JsonToken.VALUE_NUMBER_INT, "a number of points");
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
            problems.at(at, path, quoted(text) + " is not a colour of the form #RRGGBB, such as #005EA5");
            return;
        }
        set.accept(Rgb.parse(text));
    }

    /** Reads the properties of the object whose START_OBJECT is the current token. */
    private void object(String path, List<String> allowed, String what, BiConsumer<String, String> property) {
        Set<String> seen = new HashSet<>();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            String field = path.isEmpty() ? name : path + "." + name;
            TokenStreamLocation at = parser.currentTokenLocation();
            parser.nextToken();
            problems.place(field, at);
            if (!allowed.contains(name)) {
                problems.at(at, field, "unknown property; " + what + " has " + ThemeFields.listed(allowed));
                parser.skipChildren();
            } else if (!seen.add(name)) {
                problems.at(at, field, "appears twice");
                parser.skipChildren();
            } else {
                property.accept(name, field);
            }
        }
    }

    /** A string, or null when the value is null or not a string (which is reported). */
    private String string(String path) {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        return expect(path, JsonToken.VALUE_STRING, "a string") ? parser.getString() : null;
    }

    /** Checks the current token; on a mismatch, reports it, skips the value and answers false. */
    private boolean expect(String path, JsonToken token, String what) {
        if (parser.currentToken() == token) {
            return true;
        }
        problemHere(path, "expected " + what + ", found " + TokenNames.of(parser.currentToken()));
        parser.skipChildren();
        return false;
    }

    /** A value quoted in a message, cut short: a theme file may be a megabyte of one string. */
    static String quoted(String text) {
        return "\"" + (text.length() > 60 ? text.substring(0, 57) + "..." : text) + "\"";
    }

    private void problemHere(String path, String message) {
        problems.at(parser.currentTokenLocation(), path, message);
    }
}
