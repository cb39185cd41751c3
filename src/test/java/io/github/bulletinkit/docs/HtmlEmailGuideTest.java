package io.github.bulletinkit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinkit.testing.Samples;
import io.github.bulletinkit.theme.Theme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML and email guide's Java is the example class's code, which compiles and does what the guide says. */
class HtmlEmailGuideTest {

    private static final Path GUIDE = Path.of("docs", "html-and-email.md");
    private static final Path EXAMPLE =
            Path.of("src", "test", "java", "io", "github", "bulletinkit", "docs", "HtmlEmailGuideExample.java");

    @TempDir
    Path folder;



    @Test
    void theJavaExamplesAreTheExampleClassesCode() throws IOException {
        List<String> java = Markdown.blocks(GUIDE, "java");

        assertThat(java).hasSize(2);
        for (String code : java) {
            assertThat(Markdown.unindented(EXAMPLE)).contains(Markdown.unindented(code));
        }
    }

    @Test
    void theFragmentIsTheBulletinsArticleAndTheDraftAnUnsentMessage() throws IOException {
        String article = HtmlEmailGuideExample.fragment(Samples.sample(), Theme.defaults());
        Path eml = folder.resolve("safeguarding-updates.eml");
        HtmlEmailGuideExample.draft(Samples.sample(), eml);

        assertThat(article).startsWith("<article class=\"bulletinkit\" lang=\"en-GB\" dir=\"ltr\">")
                .contains("<h2 class=\"bk-title\">Safeguarding Updates</h2>").doesNotContain("<h1");
        assertThat(Files.readString(eml)).contains("\r\nX-Unsent: 1\r\n").contains("Subject: Safeguarding Updates\r\n");
    }

    @Test
    void theScreenshotsItShowsAreCommitted() {
        assertThat(Path.of("docs", "html-desktop.png")).isNotEmptyFile();
        assertThat(Path.of("docs", "html-phone.png")).isNotEmptyFile();
    }
}
