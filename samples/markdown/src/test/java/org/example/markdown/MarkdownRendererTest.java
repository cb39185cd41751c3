package org.example.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinkit.format.RenderOptions;
import io.github.bulletinkit.json.BulletinJsonReader;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.Entry;
import io.github.bulletinkit.model.RichText;
import io.github.bulletinkit.testing.ReadingOrder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer(RenderOptions.defaults());

    @Test
    void aBulletinIsAHeadingAndATableWithARowAnEntry() {
        Bulletin bulletin = Bulletin.builder("Spring news").subtitle("March 2025")
                .entry(Entry.builder().topic("Training").source("The partnership")
                        .published(LocalDate.of(2025, 3, 1))
                        .paragraph(RichText.builder().text("Courses on ").bold("neglect ").text("and ")
                                .italic("exploitation").text(" are open | book now.").build())
                        .link("Book:", "Training courses", "https://example.org/training")
                        .build())
                .build();

        assertThat(new String(RENDERER.render(bulletin), StandardCharsets.UTF_8)).isEqualTo("""
                # Spring news

                March 2025

                | Information | Link |
                | --- | --- |
                | **Training**<br>Source: The partnership<br>Date published: 01 March 2025<br>Courses on **neglect** \
                and _exploitation_ are open \\| book now. | Book: [Training courses](<https://example.org/training>) |

                """);
    }

    @Test
    void theSampleBulletinReadsInOrder() throws IOException {
        // The sample beside this project, as the library's own tests read it.
        Bulletin sample = BulletinJsonReader.create().read(Path.of("..", "safeguarding-updates.json"));
        String text = MarkdownContractTest.read(RENDERER.render(sample));
        ReadingOrder.assertLettersInOrder(text, ReadingOrder.words(sample), "the Markdown of the sample");
    }
}
