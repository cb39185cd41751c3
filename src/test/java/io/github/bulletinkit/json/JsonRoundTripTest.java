package io.github.bulletinkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.Entry;
import io.github.bulletinkit.model.Link;
import io.github.bulletinkit.model.RichText;
import io.github.bulletinkit.model.Run;
import io.github.bulletinkit.model.Style;
import io.github.bulletinkit.testing.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class JsonRoundTripTest {

    private final BulletinJsonReader reader = BulletinJsonReader.create();
    private final BulletinJsonWriter writer = BulletinJsonWriter.create();

    @Test
    void theSampleReadsBackEqualAfterWriting() {
        Bulletin sample = Samples.sample();
        assertThat(reader.read(writer.write(sample), "")).isEqualTo(sample);
    }

    @Test
    void theSampleFileIsWhatTheWriterWrites() throws IOException {
        // Keeps the hand-made sample in the writer's own form, so diffs of it stay small.
        assertThat(writer.write(Samples.sample())).isEqualTo(Files.readString(Samples.SAMPLE_JSON));
    }

    @Test
    void everyKindOfTextSurvivesTheRoundTrip() {
        Bulletin bulletin = Bulletin.builder("Tom & Jerry <5>")
                .subtitle("Rhifyn 1 — “quoted”")
                .publisher("Partneriaeth Ŵyr")
                .language("cy-GB")
                .columns("Gwybodaeth", "Dolen")
                .entry(Entry.builder().topic("Łódź & Αθήνα").source("Ofcom").published(LocalDate.of(2025, 2, 28))
                        .paragraph(RichText.builder().text("a < b & c\ttab\nline ").bold("bold")
                                .add(Run.styled("all", Style.BOLD, Style.ITALIC, Style.UNDERLINE))
                                .link("link", "https://example.org/a?b=1&c=2#d").build())
                        .paragraph("😀 emoji")
                        .link(new Link("", RichText.builder().underline("underlined").build(), ""))
                        .link("Write to:", "us", "mailto:office@example.org")
                        .build())
                .build();
        assertThat(reader.read(writer.write(bulletin), "")).isEqualTo(bulletin);
    }
}
