package io.github.bulletinkit.json;

import io.github.bulletinkit.markup.InlineMarkup;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.Entry;
import io.github.bulletinkit.model.Label;
import io.github.bulletinkit.model.Link;
import io.github.bulletinkit.model.RichText;
import io.github.bulletinkit.model.Section;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * Writes bulletins in their JSON form, indented, properties in a fixed order, so that
 * {@link BulletinJsonReader} reads back an equal bulletin. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class BulletinJsonWriter {

    /** The caller's stream is the caller's to close. */
    private final JsonFactory factory = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private BulletinJsonWriter() {
    }

    /**
     * A writer. It has no settings.
     *
     * @return the writer; never null
     */
    public static BulletinJsonWriter create() {
        return new BulletinJsonWriter();
    }

    /**
     * Writes {@code bulletin} to {@code out} as UTF-8, ending with a newline. The stream is flushed, not
     * closed.
     *
     * @param bulletin the bulletin; not null
     * @param out where the JSON goes; not null
     * @throws UncheckedIOException when {@code out} fails; its cause is the stream's {@link IOException}
     */
    public void write(Bulletin bulletin, OutputStream out) {
        try {
            writeJson(bulletin, out);
        } catch (JacksonException e) {
            if (e.getCause() instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw e;
        }
    }

    private void writeJson(Bulletin bulletin, OutputStream out) {
        try (JsonGenerator json = factory.createGenerator(new Indented(), out)) {
            json.writeStartObject();
            json.writeStringProperty("title", bulletin.title());
            optional(json, "subtitle", bulletin.subtitle());
            optional(json, "publisher", bulletin.publisher());
            json.writeStringProperty("language", bulletin.language());
            json.writeName("columns");
            json.writeStartArray();
            json.writeString(bulletin.informationHeading());
            json.writeString(bulletin.linkHeading());
            json.writeEndArray();
            if (!bulletin.labels().isEmpty()) {
                json.writeName("labels");
                json.writeStartObject();
                for (Label label : Label.values()) {
                    String text = bulletin.labels().get(label);
                    if (text != null) {
                        json.writeStringProperty(label.key(), text);
                    }
                }
                json.writeEndObject();
            }
            paragraphs(json, "introduction", bulletin.introduction());
            if (bulletin.sections().isEmpty()) {
                entries(json, bulletin.entries());
            } else {
                json.writeName("sections");
                json.writeStartArray();
                for (Section section : bulletin.sections()) {
                    json.writeStartObject();
                    json.writeStringProperty("heading", section.heading());
                    entries(json, section.entries());
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            paragraphs(json, "closing", bulletin.closing());
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    /**
     * The bulletin as JSON text, as {@link #write(Bulletin, OutputStream)} writes it.
     *
     * @param bulletin the bulletin; not null
     * @return the JSON, ending with a newline; never null
     */
    public String write(Bulletin bulletin) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(bulletin, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void entries(JsonGenerator json, List<Entry> entries) {
        json.writeName("entries");
        json.writeStartArray();
        for (Entry entry : entries) {
            entry(json, entry);
        }
        json.writeEndArray();
    }

    /** Writes the paragraphs as an array of markup, or nothing when there are none. */
    private static void paragraphs(JsonGenerator json, String name, List<RichText> paragraphs) {
        if (paragraphs.isEmpty()) {
            return;
        }
        json.writeName(name);
        json.writeStartArray();
        for (RichText paragraph : paragraphs) {
            json.writeString(InlineMarkup.format(paragraph));
        }
        json.writeEndArray();
    }

    private static void entry(JsonGenerator json, Entry entry) {
        json.writeStartObject();
        json.writeStringProperty("topic", entry.topic());
        json.writeStringProperty("source", entry.source());
        json.writeStringProperty("published", entry.published().toString());
        json.writeName("summary");
        json.writeStartArray();
        for (RichText paragraph : entry.summary()) {
            json.writeString(InlineMarkup.format(paragraph));
        }
        json.writeEndArray();
        if (!entry.links().isEmpty()) {
            json.writeName("links");
            json.writeStartArray();
            for (Link link : entry.links()) {
                json.writeStartObject();
                optional(json, "prefix", link.prefix());
                json.writeStringProperty("text", InlineMarkup.format(link.text()));
                optional(json, "url", link.url());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        optional(json, "language", entry.language());
        json.writeEndObject();
    }

    private static void optional(JsonGenerator json, String name, String value) {
        if (!value.isEmpty()) {
            json.writeStringProperty(name, value);
        }
    }

    /** Two-space indentation, one value a line, {@code "name": value}, the same on every platform. */
    private static final class Indented extends ObjectWriteContext.Base {
        private static final DefaultIndenter INDENT = new DefaultIndenter("  ", "\n");

        @Override
        public PrettyPrinter getPrettyPrinter() {
            Separators separators = Separators.createDefaultInstance()
                    .withObjectNameValueSpacing(Separators.Spacing.AFTER);
            return new DefaultPrettyPrinter(separators).withArrayIndenter(INDENT).withObjectIndenter(INDENT);
        }

        @Override
        public boolean hasPrettyPrinter() {
            return true;
        }
    }
}
