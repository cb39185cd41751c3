package io.github.bulletinkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinkit.testing.Samples;
import io.github.bulletinkit.testing.TestImages;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code render --theme FILE}: the theme is read once, before any input, and a bad one stops everything. */
class RenderThemeTest {

    private static final Path SAMPLE_THEME = Path.of("samples", "themes", "example", "theme.json");

    @TempDir
    Path folder;

    @Test
    void rendersWithTheTheme() throws IOException {
        CommandLineRun run = CommandLineRun.of("render", Samples.SAMPLE_JSON.toString(), "--theme",
                SAMPLE_THEME.toString(), "-f", "txt", "-o", folder.toString());

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(Files.readString(folder.resolve("safeguarding-updates.txt"))).endsWith("""

                Theme[accent=#005EA5, logo=Logo[image/png, 400×120, "West Wales Safeguarding Board"], \
                typeface=Liberation Sans]
                """);
    }

    @Test
    void aBadThemePrintsEveryProblemAndWritesNothing() throws IOException {
        Files.writeString(folder.resolve("logo.gif"), "GIF89a");
        Files.write(folder.resolve("flood.png"), TestImages.pixelFlood(100_000, 100_000));
        Path theme = Files.writeString(folder.resolve("theme.json"), """
                {
                  "logo": { "image": "images/logo.png", "height": 40 },
                  "colours": { "accent": "#005EA", "text": "#AAAAAA", "background": "#FFFFFF" },
                  "fonts": { "regular": "logo.gif", "bold": "flood.png", "italic": "fonts/Org-Italic.ttf" }
                }
                """);
        Path output = folder.resolve("out");

        CommandLineRun run = CommandLineRun.of("render", Samples.SAMPLE_JSON.toString(), "--theme", theme.toString(),
                "-o", output.toString());

        assertThat(run.status()).isEqualTo(BulletinKitCommand.FAILED);
        assertThat(run.out()).isEmpty();
        List<String> printed = run.err().replace(folder + File.separator, "").lines().toList();
        assertThat(printed).containsExactly(
                "theme.json: logo.image: images/logo.png: no such file (paths are relative to the theme file's"
                        + " folder)",
                "theme.json: logo.description: missing; a logo needs a description, its alternative text for people"
                        + " who cannot see it",
                "theme.json:3:26: colours.accent: \"#005EA\" is not a colour of the form #RRGGBB, such as #005EA5",
                "theme.json: colours.text: #AAAAAA has a contrast of 2.32:1 on white; it needs at least 4.5:1",
                "theme.json:3:55: colours.background: unknown property; colours has accent, text, secondary, link"
                        + " and rule",
                "theme.json: fonts.regular: logo.gif: not a TrueType or OpenType font",
                "theme.json: fonts.bold: flood.png: not a TrueType or OpenType font",
                "theme.json: fonts.italic: fonts/Org-Italic.ttf: no such file (paths are relative to the theme file's"
                        + " folder)",
                "theme.json: fonts.boldItalic: missing; fonts needs all four faces: regular, bold, italic and"
                        + " boldItalic");
        assertThat(output).doesNotExist();
        assertThat(Files.readString(Path.of("docs", "themes.md"))).as("the guide's example")
                .contains(String.join("\n", printed));
    }

    @Test
    void aMissingThemeFileIsNamed() {
        Path theme = folder.resolve("theme.json");

        CommandLineRun run = CommandLineRun.of("render", Samples.SAMPLE_JSON.toString(), "--theme", theme.toString(),
                "-o", folder.toString());

        assertThat(run.status()).isEqualTo(BulletinKitCommand.FAILED);
        assertThat(run.err()).isEqualTo(theme + ": no such file" + System.lineSeparator());
        assertThat(folder).isEmptyDirectory();
    }
}
