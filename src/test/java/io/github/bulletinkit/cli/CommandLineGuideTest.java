package io.github.bulletinkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The command-line guide keeps up with the tool: it names every option that {@code render --help} lists. */
class CommandLineGuideTest {

    @Test
    void theGuideNamesEveryOptionOfRender() throws IOException {
        String guide = Files.readString(Path.of("docs", "command-line.md"));
        CommandLineRun help = CommandLineRun.of("render", "--help");
        Matcher option = Pattern.compile("(--[a-z][a-z-]+)").matcher(help.out());
        int options = 0;
        while (option.find()) {
            // The long forms of -o, -f and -v, and picocli's own: the guide shows the short forms.
            if (!List.of("--help", "--version", "--output", "--format", "--verbose").contains(option.group(1))) {
                assertThat(guide).as("the guide names %s", option.group(1)).contains(option.group(1));
                options++;
            }
        }
        assertThat(options).isGreaterThanOrEqualTo(5);
    }
}
