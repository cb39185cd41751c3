package io.github.bulletinkit.theme;

import io.github.bulletinkit.json.internal.JsonReading;
import io.github.bulletinkit.model.InvalidBulletinException;
import io.github.bulletinkit.model.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads a {@link Theme} from its JSON form, a {@code theme.json} such as
 *
 * <pre>{@code
 * { "logo": { "image": "logo.png", "description": "West Wales Safeguarding Board", "height": 40 },
 *   "colours": { "accent": "#005EA5", "text": "#1A1A1A", "secondary": "#595959", "link": "#0563C1",
 *                "rule": "#BFBFBF" },
 *   "fonts": { "regular": "fonts/Org-Regular.ttf", "bold": "fonts/Org-Bold.ttf",
 *              "italic": "fonts/Org-Italic.ttf", "boldItalic": "fonts/Org-BoldItalic.ttf" },
 *   "fallbackFonts": [ { "regular": "fonts/NotoSansArabic-Regular.ttf", "bold": "fonts/NotoSansArabic-Bold.ttf" },
 *                      { "regular": "fonts/DroidSansFallbackFull.ttf" } ] }
 * }</pre>
 *
 * <p>Every part is optional and takes {@link Theme#defaults()}' value when left out; a logo needs its
 * {@code image} and {@code description}, {@code fonts} all four faces, and each fallback font its {@code regular}
 * face, which stands in for the faces it does not give. Files are named relative to the
 * theme file's folder, and must be regular files. Unknown properties are errors, and the file's schema is
 * {@code theme.schema.json}, beside this class.
 *
 * <p>Reading reports every problem at once, each under the field it concerns: problems with the text as
 * {@code theme.json:3:14: colours.accent: message}, problems with what it names or means (a file, a colour's
 * contrast) as {@code theme.json: logo.image: message}. Immutable and safe to use from many threads at once.
 *
 * @since 0.1.0
 */
public final class ThemeReader {

    /** The largest theme file: 1 MiB, a thousand times what a theme needs. */
    public static final long MAX_THEME_BYTES = 1L << 20;
    /** The largest logo file: 10 MiB. */
    public static final long MAX_LOGO_BYTES = 10L << 20;
    /** The largest font file of one face: 50 MiB, room for a family with every script of Unicode. */
    public static final long MAX_FONT_BYTES = 50L << 20;

    /** The format nests two deep (the theme, then logo, colours or fonts); allow a little more. */
    private static final int MAX_JSON_NESTING = 8;

    private final JsonFactory factory = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxDocumentLength(MAX_THEME_BYTES)
                    .maxNestingDepth(MAX_JSON_NESTING)
                    .build())
            .build();

    private ThemeReader() {
    }

    /**
     * A reader.
     *
     * @return the reader; never null
     */
    public static ThemeReader create() {
        return new ThemeReader();
    }

    /**
     * Reads the theme in {@code themeFile}, and the logo and font files it names.
     *
     * @param themeFile a UTF-8 JSON file of at most {@link #MAX_THEME_BYTES}; not null. Problems name it as
     *     {@link Path#toString()} gives it, and the files it names are found beside it
     * @return the theme; never null
     * @throws InvalidBulletinException listing every problem of the theme and of the files it names, each with
     *     its field as the path, such as {@code logo.image}
     * @throws IOException when the theme file itself is missing, not a regular file or cannot be read
     */
    public Theme read(Path themeFile) throws IOException {
        String name = themeFile.toString();
        BasicFileAttributes attributes = Files.readAttributes(themeFile, BasicFileAttributes.class);
        if (!attributes.isRegularFile()) {
            throw new FileSystemException(name, null, attributes.isDirectory() ? "is a folder, not a theme file"
                    : "is not a regular file");
        }
        // Checked before reading, and again while reading, in case the file grows in between.
        if (attributes.size() > MAX_THEME_BYTES) {
            throw tooLarge(name, attributes.size());
        }
        byte[] json;
        try (InputStream in = Files.newInputStream(themeFile)) {
            json = in.readNBytes((int) MAX_THEME_BYTES + 1);
        }
        if (json.length > MAX_THEME_BYTES) {
            throw tooLarge(name, json.length);
        }
        return parse(json, themeFile, name);
    }

    private static InvalidBulletinException tooLarge(String name, long size) {
        return new InvalidBulletinException(name,
                List.of(Problem.at("", NamedFile.tooLarge(size, MAX_THEME_BYTES, "a theme file"))));
    }

    private Theme parse(byte[] json, Path themeFile, String name) {
        JsonParser parser;
        try {
            parser = factory.createParser(ObjectReadContext.empty(), json);
        } catch (JacksonException e) {
            throw new InvalidBulletinException(name, List.of(JsonReading.problemOf(e, null, "the file")));
        }
        JsonReading reading = new JsonReading(parser, "the file");
        ThemeParse parse = new ThemeParse(reading);
        try (parser) {
            parse.document();
        } catch (JacksonException e) {
            reading.syntaxError(e);
            // The draft is cut short where the text breaks: its files and colours are not worth checking.
            throw new InvalidBulletinException(name, reading.sorted());
        }
        return new ThemeAssembly(themeFile, reading).theme(parse.draft())
                .orElseThrow(() -> new InvalidBulletinException(name, reading.sorted()));
    }
}
