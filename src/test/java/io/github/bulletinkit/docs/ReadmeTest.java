package io.github.bulletinkit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's examples are real: its Java is the embedding sample's code, which CI compiles and runs. */
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
    void theJsonGuidesExampleIsAValidBulletin() throws IOException {
        List<String> json = Markdown.blocks(Path.of("docs", "json-format.md"), "json");
        assertThat(json).isNotEmpty();
        assertThat(io.github.bulletinkit.json.BulletinJsonReader.create().read(json.get(0), "json-format.md")
                .entries()).hasSize(1);
    }
}
