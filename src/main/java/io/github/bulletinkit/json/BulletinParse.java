package io.github.bulletinkit.json;

import io.github.bulletinkit.format.ReadLimits;
import io.github.bulletinkit.json.internal.JsonReading;
import io.github.bulletinkit.markup.InlineMarkup;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.Entry;
import io.github.bulletinkit.model.InvalidBulletinException;
import io.github.bulletinkit.model.Label;
import io.github.bulletinkit.model.Link;
import io.github.bulletinkit.model.Problem;
import io.github.bulletinkit.model.RichText;
import io.github.bulletinkit.model.Section;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * One reading of one JSON document: walks its tokens, builds the model, and collects every problem on the
 * way. Not thread-safe; {@link BulletinJsonReader} makes one a call.
 */
final class BulletinParse {

    private final JsonParser parser;
    private final JsonReading reading;
    private final ReadLimits limits;
    private Bulletin result;

    BulletinParse(JsonParser parser, ReadLimits limits) {
        this.parser = parser;
        this.reading = new JsonReading(parser, "the input");
        this.limits = limits;
    }

    /** Every problem, in the order of the input: a rule broken by a field sorts where that field is. */
    List<Problem> problems() {
        return reading.sorted();
    }

    Optional<Bulletin> result() {
        return reading.isEmpty() ? Optional.ofNullable(result) : Optional.empty();
    }

    void document() {
        JsonToken first = parser.nextToken();
        if (first != JsonToken.START_OBJECT) {
            problemHere("", first == null ? "the input is empty; a bulletin is a JSON object, starting with {"
                    : "a bulletin is a JSON object, starting with {");
            return;
        }
        reading.placeHere("");
        var title = new Slot<String>();
        var subtitle = new Slot<String>();
        var publisher = new Slot<String>();
        var language = new Slot<String>();
        var columns = new Slot<List<String>>();
        var labels = new Slot<Map<Label, String>>();
        var introduction = new Slot<List<RichText>>();
        var entries = new Slot<List<Entry>>();
        var sections = new Slot<List<Section>>();
        var closing = new Slot<List<RichText>>();
        reading.object("", JsonFields.BULLETIN, "a bulletin", (name, path) -> {
            switch (name) {
                case "$schema" -> string(path);
                case "title" -> title.set(string(path));
                case "subtitle" -> subtitle.set(string(path));
                case "publisher" -> publisher.set(string(path));
                case "language" -> language.set(string(path));
                case "columns" -> columns.set(array(path, "column headings", 2, this::string));
                case "labels" -> labels.set(labels(path));
                case "introduction" -> introduction.set(array(path, "paragraphs", limits.maxEntries(), this::markup));
                case "entries" -> entries.set(array(path, "entries", limits.maxEntries(), this::entry));
                case "sections" -> sections.set(array(path, "sections", limits.maxEntries(), this::section));
                case "closing" -> closing.set(array(path, "paragraphs", limits.maxEntries(), this::markup));
                default -> throw JsonReading.unhandled(name);
            }
        });
        if (parser.nextToken() != null) {
            problemHere("", "unexpected content after the bulletin's closing }");
        }
        List<String> headings = columns.orElse(List.of());
        if (columns.value != null && headings.size() != 2) {
            reading.of("columns", "needs exactly two headings, not " + headings.size());
        }
        if (entries.value != null && sections.value != null) {
            reading.of("sections", "a bulletin has entries or sections, never both");
        }
        long total = sections.orElse(List.of()).stream().mapToLong(section -> section.entries().size()).sum();
        if (total > limits.maxEntries()) {
            reading.of("sections", "have " + total + " entries in all, more than the limit of " + limits.maxEntries());
        }
        result = build("", () -> new Bulletin(title.value, subtitle.value, publisher.value, language.value,
                headings.size() == 2 ? headings.get(0) : null, headings.size() == 2 ? headings.get(1) : null,
                labels.value, introduction.value, sections.value == null ? entries.value : null, sections.value, closing.value));
    }

    /** The labels object: each label the bulletin words its own way, by its key. */
    private Map<Label, String> labels(String path) {
        if (!reading.expect(path, JsonToken.START_OBJECT, "an object of labels, such as {\"source\": \"Quelle :\"}")) {
            return null;
        }
        Map<Label, String> labels = new EnumMap<>(Label.class);
        reading.object(path, JsonFields.LABELS, "labels", (name, field) -> {
            Label label = Arrays.stream(Label.values()).filter(l -> l.key().equals(name)).findFirst()
                    .orElseThrow(() -> JsonReading.unhandled(name));
            String text = string(field);
            if (text != null) {
                labels.put(label, text);
            }
        });
        return labels;
    }

    private Section section(String path) {
        if (!reading.expect(path, JsonToken.START_OBJECT, "a section (an object with heading and entries)")) {
            return null;
        }
        var heading = new Slot<String>();
        var entries = new Slot<List<Entry>>();
        reading.object(path, JsonFields.SECTION, "a section", (name, field) -> {
            switch (name) {
                case "heading" -> heading.set(string(field));
                case "entries" -> entries.set(array(field, "entries", limits.maxEntries(), this::entry));
                default -> throw JsonReading.unhandled(name);
            }
        });
        return build(path, () -> new Section(heading.value, entries.value));
    }

    private Entry entry(String path) {
        if (!reading.expect(path, JsonToken.START_OBJECT, "an entry (an object)")) {
            return null;
        }
        var topic = new Slot<String>();
        var source = new Slot<String>();
        var published = new Slot<LocalDate>();
        var summary = new Slot<List<RichText>>();
        var links = new Slot<List<Link>>();
        var language = new Slot<String>();
        reading.object(path, JsonFields.ENTRY, "an entry", (name, field) -> {
            switch (name) {
                case "topic" -> topic.set(string(field));
                case "source" -> source.set(string(field));
                case "published" -> published.set(date(field));
                case "summary" -> summary.set(array(field, "paragraphs", limits.maxEntries(), this::markup));
                case "links" -> links.set(array(field, "links", limits.maxEntries(), this::link));
                case "language" -> language.set(string(field));
                default -> throw JsonReading.unhandled(name);
            }
        });
        return build(path, () -> new Entry(topic.value, source.value, published.value, summary.value,
                links.orElse(List.of()), language.value));
    }

    private Link link(String path) {
        if (!reading.expect(path, JsonToken.START_OBJECT, "a link (an object with prefix, text and url)")) {
            return null;
        }
        var prefix = new Slot<String>();
        var text = new Slot<RichText>();
        var url = new Slot<String>();
        reading.object(path, JsonFields.LINK, "a link", (name, field) -> {
            switch (name) {
                case "prefix" -> prefix.set(string(field));
                case "text" -> text.set(markup(field));
                case "url" -> url.set(string(field));
                default -> throw JsonReading.unhandled(name);
            }
        });
        return build(path, () -> new Link(prefix.value, text.value, url.value));
    }

    /** Reads an array of at most {@code max} elements; beyond that, reports once and skips the rest. */
    private <T> List<T> array(String path, String what, int max, Function<String, T> element) {
        if (!reading.expect(path, JsonToken.START_ARRAY, "an array of " + what)) {
            return null;
        }
        List<T> values = new ArrayList<>();
        for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
            if (i == max) {
                problemHere(path, "has more than " + max + " " + what + ", the limit");
            }
            if (i >= max) {
                parser.skipChildren();
                continue;
            }
            reading.placeHere(path + "[" + i + "]");
            T value = element.apply(path + "[" + i + "]");
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    private String string(String path) {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        if (!reading.expect(path, JsonToken.VALUE_STRING, "a string")) {
            return null;
        }
        if (parser.getStringLength() > limits.maxTextLength()) {
            problemHere(path, "is " + parser.getStringLength() + " characters long, more than the limit of "
                    + limits.maxTextLength());
            return null;
        }
        return parser.getString();
    }

    private RichText markup(String path) {
        String html = string(path);
        if (html == null) {
            return null;
        }
        try {
            return InlineMarkup.parse(html, limits.maxMarkupDepth());
        } catch (InvalidBulletinException e) {
            reading.add(e.under(path).problems());
            return null;
        }
    }

    private LocalDate date(String path) {
        String text = string(path);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            reading.of(path, text.matches("\\d{4}-\\d{2}-\\d{2}")
                    ? "\"" + text + "\" is not a date in the calendar"
                    : "\"" + text + "\" is not a date of the form YYYY-MM-DD");
            return null;
        }
    }

    /**
     * Builds a model value, adding its problems under {@code path}; a problem about a field that was
     * already reported (a part that failed to read) is not said twice.
     */
    private <T> T build(String path, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (InvalidBulletinException e) {
            List<String> reported = reading.found().stream().map(Problem::path).toList();
            reading.add(e.under(path).problems().stream()
                    .filter(p -> reported.stream().noneMatch(r -> r.equals(p.path()) || r.startsWith(p.path() + ".")
                            || r.startsWith(p.path() + "[")))
                    .toList());
            return null;
        }
    }

    void syntaxError(JacksonException e) {
        reading.syntaxError(e);
    }

    private void problemHere(String path, String message) {
        reading.here(path, message);
    }

    /** A value that a property may set, or leave null when it is absent or could not be read. */
    private static final class Slot<T> {
        T value;

        void set(T value) {
            this.value = value;
        }

        T orElse(T other) {
            return value == null ? other : value;
        }
    }
}
