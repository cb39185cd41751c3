package io.github.bulletinkit.json;

import io.github.bulletinkit.model.Label;
import java.util.Arrays;
import java.util.List;

/**
 * The property names of the JSON format, in the order the writer writes them. {@code $schema} names the JSON
 * Schema for editors that validate as they go; the reader accepts and ignores it, and the writer leaves it out.
 */
final class JsonFields {

    static final List<String> BULLETIN = List.of("$schema", "title", "subtitle", "publisher", "language", "columns",
            "labels", "introduction", "entries", "sections", "closing");
    static final List<String> SECTION = List.of("heading", "entries");
    static final List<String> ENTRY = List.of("topic", "source", "published", "summary", "links", "language");
    static final List<String> LABELS = Arrays.stream(Label.values()).map(Label::key).toList();
    static final List<String> LINK = List.of("prefix", "text", "url");

    private JsonFields() {
    }
}
