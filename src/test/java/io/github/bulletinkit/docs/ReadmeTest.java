package io.github.bulletinkit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's examples are real: its Java is the embedding sample's code, which CI compiles and runs. */
class ReadmeTest {

    private static final Path README = Path.of("README.md");
    private static final Path EXAMPLE =
            Path.of("samples", "embedding", "src", "main", "java", "org", "example", "bulletin", "EmbeddingExample.java");

    private static List<String> blocks(String language) throws IOException {
        Matcher block = Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(README));
        return block.results().map(m -> m.group(1)).toList();
    }

    private static String unindented(String code) {
        return code.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.joining("\n"));
    }

    @Test
    void theJavaExampleIsTheEmbeddingSamplesCode() throws IOException {
        List<String> java = blocks("java");
        assertThat(java).hasSize(1);
        assertThat(unindented(Files.readString(EXAMPLE))).contains(unindented(java.get(0)));
    }

    @Test
    void holdsTheTwoCommandsANewcomerNeeds() throws IOException {
        List<String> commands = blocks("sh");
        assertThat(commands.get(0)).contains("package").contains("render samples/safeguarding-updates.json");
        assertThat(commands.get(1).strip()).isEqualTo("mvn verify");
        assertThat(commands).as("exactly the two commands").hasSize(2);
    }

    @Test
    void theJsonGuidesExampleIsAValidBulletin() throws IOException {
        Matcher block = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL)
                .matcher(Files.readString(Path.of("docs", "json-format.md")));
        assertThat(block.find()).isTrue();
        assertThat(io.github.bulletinkit.json.BulletinJsonReader.create().read(block.group(1), "json-format.md")
                .entries()).hasSize(1);
    }
}
