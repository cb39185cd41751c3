package io.github.bulletinkit.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A bulletin: a title, an introduction, then a two-column table with one row per entry, in the editor's order,
 * or a table of its own under each section's heading; then a closing.
 *
 * <p>A bulletin has either {@code entries} or {@code sections}, never both: {@link #entries()} is every entry
 * either way, and {@link #sections()} is empty when the entries stand under the title alone.
 *
 * <p>Instances are immutable and safe to share between threads. Absent optional texts are empty strings,
 * never null.
 *
 * @param title the title at the top of the first page; required
 * @param subtitle a line under the title, or empty
 * @param publisher who issues the bulletin (the document's author), or empty
 * @param language the language of the text, a BCP 47 tag such as {@code en-GB}
 * @param informationHeading the heading of the left column, {@code Information} by default
 * @param linkHeading the heading of the right column, {@code Link} by default
 * @param labels the bulletin's own words for the labels it overrides, such as a {@link Label#SOURCE} in a language
 *     without built-in labels; empty for the language's own
 * @param introduction the paragraphs before the entries, such as a welcome from the chair; may be empty
 * @param entries every entry, in order; at least one. In a bulletin of sections, those of each section in turn
 * @param sections the sections, in order; empty when the entries are not grouped
 * @param closing the paragraphs after the entries, such as whom to contact; may be empty
 * @since 0.1.0
 */
public record Bulletin(String title, String subtitle, String publisher, String language,
        String informationHeading, String linkHeading, Map<Label, String> labels, List<RichText> introduction,
        List<Entry> entries, List<Section> sections, List<RichText> closing) {

    /** The language of a bulletin that names none. */
    public static final String DEFAULT_LANGUAGE = "en-GB";
    /** The heading of the left column of an English bulletin when none is given; see {@link Label#INFORMATION}. */
    public static final String DEFAULT_INFORMATION_HEADING = "Information";
    /** The heading of the right column of an English bulletin when none is given; see {@link Label#LINK}. */
    public static final String DEFAULT_LINK_HEADING = "Link";

    /**
     * Checks every component and reports all of their problems at once; fills in the defaults and copies the
     * list of entries.
     *
     * @param title the title; not blank
     * @param subtitle the subtitle; null counts as empty
     * @param publisher the publisher; null counts as empty
     * @param language a BCP 47 tag; null for {@value #DEFAULT_LANGUAGE}
     * @param informationHeading the left column's heading; null for the label {@link Label#INFORMATION}
     * @param linkHeading the right column's heading; null for the label {@link Label#LINK}
     * @param labels the labels the bulletin overrides; null for none
     * @param introduction the paragraphs before the entries; null for none, no null element
     * @param entries the entries; not empty unless there are sections, and then empty (or null) or those of the
     *     sections in turn
     * @param sections the sections; null or empty for none, no null element
     * @param closing the paragraphs after the entries; null for none, no null element
     * @throws InvalidBulletinException listing every rule the components break, each by its path
     */
    public Bulletin {
        Checks checks = new Checks();
        title = checks.required("title", title);
        subtitle = checks.optional("subtitle", subtitle);
        publisher = checks.optional("publisher", publisher);
        String tag = language == null ? DEFAULT_LANGUAGE : language;
        checks.check(Checks.isLanguageTag(tag), "language", () -> "\"" + tag + "\" is not a BCP 47 language tag such as en-GB");
        language = tag;
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        for (Map.Entry<Label, String> label : labels.entrySet()) {
            String field = "labels." + label.getKey().key();
            String text = checks.required(field, label.getValue());
            for (String place : label.getKey().places()) {
                checks.check(text.isBlank() || text.contains(place), field,
                        () -> "\"" + text + "\" has no " + place + " to write it in");
            }
            checks.check(label.getKey() != Label.PAGE || !text.contains("{pages}")
                    || text.indexOf("{page}") < text.indexOf("{pages}"), field,
                    () -> "\"" + text + "\" must give {page} before {pages}");
        }
        informationHeading = checks.required("columns[0]",
                informationHeading == null ? label(Label.INFORMATION, labels, tag) : informationHeading);
        linkHeading = checks.required("columns[1]", linkHeading == null ? label(Label.LINK, labels, tag) : linkHeading);
        introduction = checks.list("introduction", introduction == null ? List.of() : introduction);
        // Sections given as an empty list, and no entries: the sections are what is missing.
        boolean noSection = entries == null && sections != null && sections.isEmpty();
        checks.check(!noSection, "sections", () -> "needs at least one section");
        sections = checks.list("sections", sections == null ? List.of() : sections);
        closing = checks.list("closing", closing == null ? List.of() : closing);
        if (noSection) {
            entries = List.of();
        } else if (sections.isEmpty()) {
            checks.check(entries == null || !entries.isEmpty(), "entries",
                    () -> "a bulletin needs at least one entry");
            entries = checks.list("entries", entries);
        } else {
            List<Entry> grouped = sections.stream().flatMap(section -> section.entries().stream()).toList();
            checks.check(entries == null || entries.isEmpty() || entries.equals(grouped), "sections",
                    () -> "a bulletin has entries or sections, never both");
            entries = grouped;
        }
        checks.done();
    }

    /**
     * A bulletin of entries alone, as in version 0.1.0: no introduction, sections or closing.
     *
     * @param title the title; not blank
     * @param subtitle the subtitle; null counts as empty
     * @param publisher the publisher; null counts as empty
     * @param language a BCP 47 tag; null for {@value #DEFAULT_LANGUAGE}
     * @param informationHeading the left column's heading; null for {@value #DEFAULT_INFORMATION_HEADING}
     * @param linkHeading the right column's heading; null for {@value #DEFAULT_LINK_HEADING}
     * @param entries the entries; not empty, no null element
     * @throws InvalidBulletinException listing every rule the components break, each by its path
     */
    public Bulletin(String title, String subtitle, String publisher, String language, String informationHeading,
            String linkHeading, List<Entry> entries) {
        this(title, subtitle, publisher, language, informationHeading, linkHeading, null, null, entries, null, null);
    }

    /**
     * The words of a label in this bulletin: its own, else those built in for its language, else the English.
     *
     * @param label the label
     * @return its words; never null
     * @since 0.2.0
     */
    public String label(Label label) {
        return label(label, labels, language);
    }

    /**
     * The language a label is written in: the bulletin's, unless it stands in English for a language without
     * built-in labels.
     *
     * @param label the label
     * @return a BCP 47 tag: {@link #language()}, or {@code en}
     * @since 0.2.0
     */
    public String labelLanguage(Label label) {
        return labels.containsKey(label) || label.builtIn(language).isPresent() ? language : "en";
    }

    private static String label(Label label, Map<Label, String> labels, String language) {
        String own = labels.get(label);
        return own != null ? own : label.builtIn(language).orElse(label.english());
    }

    /**
     * The language as a {@link Locale}, for formatting dates.
     *
     * @return the locale of {@link #language()}; never null
     */
    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    /**
     * Starts a bulletin with the given title.
     *
     * @param title the title; checked when the bulletin is built
     * @return a new builder; never null
     */
    public static Builder builder(String title) {
        return new Builder().title(title);
    }

    /**
     * Builds a {@link Bulletin}. Nothing is checked until {@link #build()}. Not thread-safe; the built value is.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private String title;
        private String subtitle;
        private String publisher;
        private String language;
        private String informationHeading;
        private String linkHeading;
        private final Map<Label, String> labels = new EnumMap<>(Label.class);
        private final List<RichText> introduction = new ArrayList<>();
        private final List<Entry> entries = new ArrayList<>();
        private final List<Section> sections = new ArrayList<>();
        private final List<RichText> closing = new ArrayList<>();

        private Builder() {
        }

        /**
         * Sets the title.
         *
         * @param title the title; required
         * @return this builder
         */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /**
         * Sets the line under the title.
         *
         * @param subtitle the subtitle; null or empty for none
         * @return this builder
         */
        public Builder subtitle(String subtitle) {
            this.subtitle = subtitle;
            return this;
        }

        /**
         * Sets who issues the bulletin.
         *
         * @param publisher the publisher; null or empty for none
         * @return this builder
         */
        public Builder publisher(String publisher) {
            this.publisher = publisher;
            return this;
        }

        /**
         * Sets the language of the text.
         *
         * @param language a BCP 47 tag; {@value Bulletin#DEFAULT_LANGUAGE} when not set or null
         * @return this builder
         */
        public Builder language(String language) {
            this.language = language;
            return this;
        }

        /**
         * Sets the headings of the two columns.
         *
         * @param information the left column's heading; null for the label {@link Label#INFORMATION}
         * @param link the right column's heading; null for the label {@link Label#LINK}
         * @return this builder
         */
        public Builder columns(String information, String link) {
            this.informationHeading = information;
            this.linkHeading = link;
            return this;
        }

        /**
         * Adds an entry after those already added.
         *
         * @param entry the entry
         * @return this builder
         */
        public Builder entry(Entry entry) {
            entries.add(entry);
            return this;
        }

        /**
         * Adds entries, in order, after those already added.
         *
         * @param entries the entries; not null
         * @return this builder
         */
        public Builder entries(List<Entry> entries) {
            this.entries.addAll(entries);
            return this;
        }

        /**
         * Sets the bulletin's own words for a label, in place of its language's.
         *
         * @param label the label
         * @param text its words; null for the language's own
         * @return this builder
         * @since 0.2.0
         */
        public Builder label(Label label, String text) {
            if (text == null) {
                labels.remove(label);
            } else {
                labels.put(label, text);
            }
            return this;
        }

        /**
         * Adds a paragraph to the introduction, after those already added.
         *
         * @param paragraph the paragraph
         * @return this builder
         * @since 0.2.0
         */
        public Builder introduction(RichText paragraph) {
            introduction.add(paragraph);
            return this;
        }

        /**
         * Adds a section after those already added. A bulletin of sections has no entries of its own.
         *
         * @param section the section
         * @return this builder
         * @since 0.2.0
         */
        public Builder section(Section section) {
            sections.add(section);
            return this;
        }

        /**
         * Adds a paragraph to the closing, after those already added.
         *
         * @param paragraph the paragraph
         * @return this builder
         * @since 0.2.0
         */
        public Builder closing(RichText paragraph) {
            closing.add(paragraph);
            return this;
        }

        /**
         * Builds the bulletin; the builder may go on to build others.
         *
         * @return the bulletin; never null
         * @throws InvalidBulletinException listing every rule the bulletin breaks
         */
        public Bulletin build() {
            return new Bulletin(title, subtitle, publisher, language, informationHeading, linkHeading, labels,
                    introduction, entries, sections, closing);
        }
    }
}
