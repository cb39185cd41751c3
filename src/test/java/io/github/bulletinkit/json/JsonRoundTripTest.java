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
        // Keeps the hand-made sample in the writer's own form, so diffs of it stay small. Its $schema line is
        // for editors, and not part of the bulletin.
        String schemaLine = "  \"$schema\": \"bulletin.schema.json\",\n";
        assertThat(Files.readString(Samples.SAMPLE_JSON)).contains(schemaLine);
        assertThat(writer.write(Samples.sample()))
                .isEqualTo(Files.readString(Samples.SAMPLE_JSON).replace(schemaLine, ""));
    }

    @Test
    void theSampleOfSectionsFileIsWhatTheWriterWritesAndReadsBackEqual() throws IOException {
        String schemaLine = "  \"$schema\": \"bulletin.schema.json\",\n";
        Bulletin sectioned = Samples.sectioned();

        assertThat(sectioned.sections()).hasSize(4);
        assertThat(sectioned.entries()).as("the flat sample's entries, which the benchmarks compare it with")
                .containsExactlyInAnyOrderElementsOf(Samples.sample().entries());
        assertThat(writer.write(sectioned))
                .isEqualTo(Files.readString(Samples.SECTIONED_JSON).replace(schemaLine, ""));
        assertThat(reader.read(writer.write(sectioned), "")).isEqualTo(sectioned);
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

    @Test
    void theCallersStreamsAreLeftOpen() throws java.io.IOException {
        var closed = new java.util.concurrent.atomic.AtomicInteger();
        var out = new java.io.ByteArrayOutputStream() {
            @Override
            public void close() {
                closed.incrementAndGet();
            }
        };
        writer.write(Samples.sample(), out);
        var in = new java.io.ByteArrayInputStream(out.toByteArray()) {
            @Override
            public void close() {
                closed.incrementAndGet();
            }
        };
        assertThat(reader.read(in, "")).isEqualTo(Samples.sample());
        assertThat(closed).hasValue(0);
    }

    @Test
    void aFailingStreamIsAnUncheckedIoExceptionWithTheStreamsCause() {
        java.io.IOException full = new java.io.IOException("No space left on device");
        java.io.OutputStream failing = new java.io.OutputStream() {
            @Override
            public void write(int b) throws java.io.IOException {
                throw full;
            }
        };
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> writer.write(Samples.sample(), failing))
                .isInstanceOf(java.io.UncheckedIOException.class)
                .hasCause(full);
    }
}
