package io.github.bulletinkit.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bulletinkit.model.InvalidBulletinException;
import io.github.bulletinkit.testing.LiberationSerif;
import io.github.bulletinkit.testing.TestImages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemeReaderTest {

    private static final String FONTS = """
            "fonts": { "regular": "fonts/LiberationSerif-Regular.ttf", "bold": "fonts/LiberationSerif-Bold.ttf",
                       "italic": "fonts/LiberationSerif-Italic.ttf", "boldItalic": "fonts/LiberationSerif-BoldItalic.ttf" }
            """;

    @TempDir
    Path folder;

    private final ThemeReader reader = ThemeReader.create();

    private Path theme(String json) throws IOException {
        return Files.writeString(folder.resolve("theme.json"), json);
    }

    /** The problems of a theme, as the command line prints them, with the theme file named theme.json. */
    private List<String> problems(String json) throws IOException {
        Path file = theme(json);
        try {
            reader.read(file);
        } catch (InvalidBulletinException e) {
            return e.inFile("theme.json").lines();
        }
        throw new AssertionError("the theme was read");
    }

    @Test
    void readsTheSampleTheme() throws IOException {
        Theme theme = reader.read(Path.of("samples", "themes", "example", "theme.json"));

        assertThat(theme.accent().hex()).isEqualTo("005EA5");
        assertThat(theme.onAccent()).isEqualTo(Theme.WHITE);
        assertThat(theme.logoHeight()).isEqualTo(40f);
        assertThat(theme.logo()).hasValueSatisfying(logo -> {
            assertThat(logo.description()).isEqualTo("West Wales Safeguarding Board");
            assertThat(logo.mediaType()).isEqualTo("image/png");
            assertThat(logo.width()).isEqualTo(400);
            assertThat(logo.height()).isEqualTo(120);
        });
        assertThat(theme.typeface()).isEmpty();
    }

    @Test
    void readsEveryFieldWithFilesRelativeToTheThemesFolder() throws IOException {
        Files.createDirectories(folder.resolve("images"));
        Files.write(folder.resolve("images/logo.jpg"), TestImages.jpeg(200, 100));
        LiberationSerif.copyInto(folder.resolve("fonts"));
        Theme theme = reader.read(theme("""
                { "$schema": "theme.schema.json",
                  "logo": { "image": "images/logo.jpg", "description": "Org", "height": 24.5 },
                  "colours": { "accent": "#FFDD00", "text": "#000000", "secondary": "#595959", "link": "#0563c1",
                               "rule": "#EEEEEE" },
                """ + FONTS + "}"));

        assertThat(theme).isEqualTo(Theme.builder()
                .logo(io.github.bulletinkit.theme.Logo.of(TestImages.jpeg(200, 100), "Org"))
                .logoHeight(24.5f)
                .accent(Rgb.parse("#FFDD00")).text(Rgb.parse("#000000")).secondary(Rgb.parse("#595959"))
                .link(Rgb.parse("#0563C1")).rule(Rgb.parse("#EEEEEE"))
                .typeface(LiberationSerif.typeface())
                .build());
        assertThat(theme.typeface().orElseThrow().family()).isEqualTo("Liberation Serif");
    }

    @Test
    void anEmptyObjectIsTheDefaultTheme() throws IOException {
        assertThat(reader.read(theme("{}"))).isEqualTo(Theme.defaults());
    }

    @Test
    void aPathMayLeadOutOfTheThemesFolder() throws IOException {
        Files.write(folder.resolve("logo.png"), TestImages.png(40, 12));
        Files.createDirectories(folder.resolve("themes/acme"));
        Path file = Files.writeString(folder.resolve("themes/acme/theme.json"),
                "{\"logo\": {\"image\": \"../../logo.png\", \"description\": \"Acme\"}}");

        assertThat(reader.read(file).logo().orElseThrow().width()).isEqualTo(40);
    }

    @Test
    void reportsASyntaxErrorWithItsLineAndColumn() throws IOException {
        assertThat(problems("""
                { "colours": { "accent": "#005EA5" },
                  "logo": { "image": "logo.png" "description": "Org" } }
                """)).containsExactly("theme.json:2:33: Unexpected character ('\"' (code 34)): was expecting comma"
                        + " to separate Object entries");
    }

    @Test
    void reportsUnknownPropertiesAndTheWrongTypes() throws IOException {
        assertThat(problems("""
                { "colors": {},
                  "logo": { "image": 7, "description": "Org", "size": 40, "height": "40" },
                  "colours": { "accent": "#005EA5", "accent": "#005EA5", "background": "#FFFFFF" },
                  "fonts": [] }
                """)).containsExactly(
                "theme.json:1:3: colors: unknown property; a theme has $schema, logo, colours, fonts and fallbackFonts",
                "theme.json:2:22: logo.image: expected a string, found a number",
                "theme.json:2:47: logo.size: unknown property; a logo has image, description and height",
                "theme.json:2:69: logo.height: expected a number of points, found a string",
                "theme.json:3:37: colours.accent: appears twice",
                "theme.json:3:58: colours.background: unknown property; colours has accent, text, secondary, link"
                        + " and rule",
                "theme.json:4:12: fonts: expected fonts (an object with regular, bold, italic and boldItalic), found"
                        + " an array");
    }

    @Test
    void reportsEveryBadColourAtOnce() throws IOException {
        assertThat(problems("""
                { "colours": { "accent": "#05A", "text": "#AAAAAA", "secondary": "red",
                               "link": "#66AAFF", "rule": "BFBFBF" } }
                """)).containsExactly(
                "theme.json:1:26: colours.accent: \"#05A\" is not a colour of the form #RRGGBB, such as #005EA5",
                "theme.json: colours.text: #AAAAAA has a contrast of 2.32:1 on white; it needs at least 4.5:1",
                "theme.json:1:66: colours.secondary: \"red\" is not a colour of the form #RRGGBB, such as #005EA5",
                "theme.json: colours.link: #66AAFF has a contrast of 2.40:1 on white; it needs at least 4.5:1",
                "theme.json:2:43: colours.rule: \"BFBFBF\" is not a colour of the form #RRGGBB, such as #005EA5");
    }

    @Test
    void reportsAnAccentThatNeitherWhiteNorNearBlackCanBeReadOn() throws IOException {
        assertThat(problems("{\"colours\": {\"accent\": \"#808080\"}}")).containsExactly(
                "theme.json: colours.accent: #808080 leaves the header row's text a contrast of 4.41:1 at best (white"
                        + " or near-black on it); it needs at least 4.5:1");
    }

    @Test
    void reportsWhatALogoLacks() throws IOException {
        assertThat(problems("""
                { "logo": { "height": 200 } }
                """)).containsExactly(
                "theme.json:1:23: logo.height: the logo's height must be from 12 to 144 points, not 200.0",
                "theme.json: logo.image: missing; a logo needs its image, a PNG or JPEG file",
                "theme.json: logo.description: missing; a logo needs a description, its alternative text for people"
                        + " who cannot see it");
    }

    @Test
    void reportsAMissingLogoFileByThePathAsWritten() throws IOException {
        assertThat(problems("""
                { "logo": { "image": "images/logo.png", "description": " " } }
                """)).containsExactly(
                "theme.json: logo.image: images/logo.png: no such file (paths are relative to the theme file's folder)",
                "theme.json:1:56: logo.description: must not be empty: it is the logo's alternative text");
    }

    @Test
    void refusesALogoThatIsAFolderOrNotAnImage() throws IOException {
        Files.createDirectories(folder.resolve("images"));
        Files.writeString(folder.resolve("logo.gif"), "GIF89a");
        assertThat(problems("{\"logo\": {\"image\": \"images\", \"description\": \"Org\"}}")).containsExactly(
                "theme.json: logo.image: images: is a folder, not a file");
        assertThat(problems("{\"logo\": {\"image\": \"logo.gif\", \"description\": \"Org\"}}")).containsExactly(
                "theme.json: logo.image: logo.gif: not a PNG or JPEG image");
        assertThat(problems("{\"logo\": {\"image\": \"\", \"description\": \"Org\"}}")).containsExactly(
                "theme.json: logo.image: must name a file, relative to the theme file's folder");
    }

    @Test
    void refusesAPixelFloodFromItsHeader() throws IOException {
        Files.write(folder.resolve("flood.png"), TestImages.pixelFlood(100_000, 100_000));

        assertThat(problems("{\"logo\": {\"image\": \"flood.png\", \"description\": \"Org\"}}")).containsExactly(
                "theme.json: logo.image: flood.png: the image is 100000 × 100000 pixels; a logo may have at most"
                        + " 25,000,000 pixels");
    }

    @Test
    void refusesALogoFileLargerThanTheLimitBeforeReadingIt() throws IOException {
        try (var file = java.nio.channels.FileChannel.open(folder.resolve("huge.png"),
                java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE)) {
            file.write(java.nio.ByteBuffer.wrap(new byte[1]), ThemeReader.MAX_LOGO_BYTES); // sparse: one byte over
        }

        assertThat(problems("{\"logo\": {\"image\": \"huge.png\", \"description\": \"Org\"}}")).containsExactly(
                "theme.json: logo.image: huge.png: the file is 10,485,761 bytes; a logo file may be at most 10 MiB");
    }

    @Test
    void reportsEveryFaceThatIsMissingOrNotAFont() throws IOException {
        LiberationSerif.copyInto(folder.resolve("fonts"));
        Files.writeString(folder.resolve("fonts/Fake-Bold.ttf"), "not a font");
        Files.write(folder.resolve("fonts/logo.png"), TestImages.png(40, 12));

        assertThat(problems("""
                { "fonts": { "regular": "fonts/LiberationSerif-Regular.ttf", "bold": "fonts/Fake-Bold.ttf",
                             "italic": "fonts/logo.png" } }
                """)).containsExactly(
                "theme.json: fonts.bold: fonts/Fake-Bold.ttf: not a TrueType or OpenType font",
                "theme.json: fonts.italic: fonts/logo.png: not a TrueType or OpenType font",
                "theme.json: fonts.boldItalic: missing; fonts needs all four faces: regular, bold, italic and"
                        + " boldItalic");
    }

    @Test
    void readsFallbackFontsInOrderTakingMissingFacesFromThoseGiven() throws IOException {
        LiberationSerif.copyInto(folder.resolve("fonts"));
        Theme theme = reader.read(theme("""
                { "fallbackFonts": [
                    { "regular": "fonts/LiberationSerif-Regular.ttf", "bold": "fonts/LiberationSerif-Bold.ttf" },
                    { "regular": "fonts/LiberationSerif-Italic.ttf" } ] }
                """));

        byte[] regular = LiberationSerif.file("LiberationSerif-Regular.ttf");
        byte[] bold = LiberationSerif.file("LiberationSerif-Bold.ttf");
        byte[] italic = LiberationSerif.file("LiberationSerif-Italic.ttf");
        assertThat(theme.typeface()).isEmpty();
        assertThat(theme.fallbackFonts()).containsExactly(
                Typeface.of(regular, bold, regular, bold),
                Typeface.of(italic, italic, italic, italic));
        assertThat(theme).isEqualTo(Theme.builder()
                .fallbackFont(Typeface.of(regular, bold, regular, bold))
                .fallbackFont(Typeface.of(italic, italic, italic, italic))
                .build());
    }

    @Test
    void reportsEveryFallbackFontThatIsWrong() throws IOException {
        LiberationSerif.copyInto(folder.resolve("fonts"));
        Files.writeString(folder.resolve("fonts/Fake.ttf"), "not a font");

        assertThat(problems("""
                { "fallbackFonts": [
                    { "bold": "fonts/LiberationSerif-Bold.ttf" },
                    { "regular": "fonts/Fake.ttf", "italic": "fonts/None.ttf" },
                    "fonts/LiberationSerif-Regular.ttf",
                    { "regular": "fonts/LiberationSerif-Regular.ttf", "light": "fonts/LiberationSerif-Regular.ttf" } ] }
                """)).containsExactly(
                "theme.json: fallbackFonts[0].regular: missing; a fallback font needs its regular face",
                "theme.json: fallbackFonts[1].regular: fonts/Fake.ttf: not a TrueType or OpenType font",
                "theme.json: fallbackFonts[1].italic: fonts/None.ttf: no such file (paths are relative to the"
                        + " theme file's folder)",
                "theme.json:4:5: fallbackFonts[2]: expected a font (an object with regular, and optionally bold,"
                        + " italic and boldItalic), found a string",
                "theme.json:5:55: fallbackFonts[3].light: unknown property; a fallback font has regular, bold,"
                        + " italic and boldItalic");
    }

    @Test
    void reportsAFallbackFontsListThatIsNotAList() throws IOException {
        assertThat(problems("{ \"fallbackFonts\": { \"regular\": \"a.ttf\" } }")).containsExactly(
                "theme.json:1:20: fallbackFonts: expected fallbackFonts (an array of fonts), found an object");
    }

    @Test
    void reportsAFontFileThatIsMissing() throws IOException {
        LiberationSerif.copyInto(folder.resolve("fonts"));
        Files.delete(folder.resolve("fonts/LiberationSerif-Italic.ttf"));

        assertThat(problems("{" + FONTS + "}")).containsExactly(
                "theme.json: fonts.italic: fonts/LiberationSerif-Italic.ttf: no such file (paths are relative to the"
                        + " theme file's folder)");
    }

    @Test
    void refusesAThemeFileLargerThanTheLimit() throws IOException {
        String padding = " ".repeat((int) ThemeReader.MAX_THEME_BYTES);

        assertThat(problems("{}" + padding)).containsExactly(
                "theme.json: the file is 1,048,578 bytes; a theme file may be at most 1 MiB");
    }

    @Test
    void reportsAnEmptyFileAndOneThatIsNotAnObject() throws IOException {
        assertThat(problems("")).containsExactly(
                "theme.json:1: the file is empty; a theme is a JSON object, starting with {");
        assertThat(problems("[]")).containsExactly("theme.json:1:1: a theme is a JSON object, starting with {");
        assertThat(problems("{} {}")).containsExactly("theme.json:1:4: unexpected content after the theme's closing }");
    }

    @Test
    void aMissingThemeFileIsAnIOException() {
        assertThatThrownBy(() -> reader.read(folder.resolve("none.json"))).isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> reader.read(folder)).hasMessage(folder + ": is a folder, not a theme file");
    }
}
