package io.github.bulletinkit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The guides say what the code does: the Java API's example is the embedding sample's; every guide is linked. */
class GuidesTest {

    private static final Path DOCS = Path.of("docs");

    @Test
    void theJavaGuidesExampleIsTheEmbeddingSamplesCode() throws IOException {
        String example = Markdown.unindented(Path.of("samples", "embedding", "src", "main", "java", "org",
                "example", "bulletin", "EmbeddingExample.java"));
        for (String block : Markdown.blocks(DOCS.resolve("java-api.md"), "java")) {
            assertThat(example).contains(Markdown.unindented(block));
        }
    }

    @Test
    void theFormatGuidesExampleIsTheMarkdownSamplesContractTest() throws IOException {
        String test = Markdown.unindented(Path.of("samples", "markdown", "src", "test", "java", "org", "example",
                "markdown", "MarkdownContractTest.java"));
        for (String block : Markdown.blocks(DOCS.resolve("writing-a-format.md"), "java")) {
            assertThat(test).contains(Markdown.unindented(block));
        }
    }

    @Test
    void everyGuideTheReadmeLinksExists() throws IOException {
        Matcher link = Pattern.compile("\\]\\((docs/[a-z0-9-]+\\.(md|png))\\)")
                .matcher(Files.readString(Path.of("README.md")));
        int links = 0;
        while (link.find()) {
            assertThat(Path.of(link.group(1))).isRegularFile();
            links++;
        }
        assertThat(links).isGreaterThanOrEqualTo(16);
        try (Stream<Path> guides = Files.list(DOCS)) {
            for (Path guide : guides.filter(path -> path.toString().endsWith(".md")).toList()) {
                assertThat(Files.readString(Path.of("README.md"))).as("the README links %s", guide)
                        .contains("(docs/" + guide.getFileName() + ")");
            }
        }
    }


}
