package io.github.bulletinkit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's examples are real: its Java is the embedding sample's code, which CI compiles and runs, and its
 * benchmark figures are the performance guide's.
 */
class ReadmeTest {

    private static final Path README = Path.of("README.md");
    private static final Path EXAMPLE =
            Path.of("samples", "embedding", "src", "main", "java", "org", "example", "bulletin", "EmbeddingExample.java");

    @Test
    void theJavaExampleIsTheEmbeddingSamplesCode() throws IOException {
        List<String> java = Markdown.blocks(README, "java");
        assertThat(java).hasSize(1);
        assertThat(Markdown.unindented(EXAMPLE)).contains(Markdown.unindented(java.get(0)));
    }

    @Test
    void holdsTheTwoCommandsANewcomerNeeds() throws IOException {
        List<String> commands = Markdown.blocks(README, "sh");
        assertThat(commands.get(0)).contains("package").contains("render samples/safeguarding-updates.json");
        assertThat(commands.get(1).strip()).isEqualTo("mvn verify");
        assertThat(commands).as("exactly the two commands").hasSize(2);
    }

    @Test
    void itsBenchmarkFiguresAreThePerformanceGuides() throws IOException {
        String guide = Files.readString(Path.of("docs", "performance.md"));
        Matcher figures = Pattern.compile("\\d[\\d.]* ± [\\d.]+").matcher(Files.readString(README));
        int found = 0;
        while (figures.find()) {
            found++;
            assertThat(guide).as("the README's figure %s", figures.group()).contains(figures.group());
        }
        assertThat(found).isPositive();
    }

    @Test
    void theJsonGuidesExampleIsAValidBulletin() throws IOException {
        List<String> json = Markdown.blocks(Path.of("docs", "json-format.md"), "json");
        assertThat(json).isNotEmpty();
        assertThat(io.github.bulletinkit.json.BulletinJsonReader.create().read(json.get(0), "json-format.md")
                .entries()).hasSize(1);
    }
}
