package io.github.bulletinkit.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of a bulletin: a news item with its topic, source, date, summary and links.
 *
 * <p>Instances are immutable and safe to share between threads.
 *
 * @param topic the heading of the entry; required
 * @param source who published the news; required
 * @param published the date it was published, in the years 1 to 9999; required
 * @param summary the summary, one or more paragraphs
 * @param links where to read more, in order; may be empty, never null
 * @param language the language of the entry's own text when it differs from the bulletin's, a BCP 47 tag such
 *     as {@code cy}; empty when it is the bulletin's. The labels around it stay in the bulletin's language
 * @since 0.1.0
 */
public record Entry(String topic, String source, LocalDate published, List<RichText> summary, List<Link> links,
        String language) {

    /**
     * Checks every component and reports all of their problems at once; copies the lists.
     *
     * @param topic the heading; not blank
     * @param source who published the news; not blank
     * @param published the publication date; not null
     * @param summary the paragraphs; not empty, no null element
     * @param links the links; null counts as none, no null element
     * @param language a BCP 47 tag; null or empty for the bulletin's language
     * @throws InvalidBulletinException listing every rule the components break, each by its path
     */
    public Entry {
        Checks checks = new Checks();
        topic = checks.required("topic", topic);
        source = checks.required("source", source);
        checks.notNull("published", published);
        // Documents date themselves from their entries, and neither PDF nor DOCX can hold a year outside these.
        checks.check(published == null || published.getYear() >= 1 && published.getYear() <= 9999, "published",
                () -> "\"" + published + "\" is not between the years 1 and 9999");
        checks.check(summary == null || !summary.isEmpty(), "summary", () -> "needs at least one paragraph");
        summary = checks.list("summary", summary);
        links = checks.list("links", links == null ? List.of() : links);
        language = checks.language("language", language);
        checks.done();
    }

    /**
     * An entry in the bulletin's language.
     *
     * @param topic the heading; not blank
     * @param source who published the news; not blank
     * @param published the publication date; not null
     * @param summary the paragraphs; not empty, no null element
     * @param links the links; null counts as none, no null element
     * @throws InvalidBulletinException listing every rule the components break, each by its path
     */
    public Entry(String topic, String source, LocalDate published, List<RichText> summary, List<Link> links) {
        this(topic, source, published, summary, links, "");
    }

    /**
     * Starts an entry.
     *
     * @return a new, empty builder; never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds an {@link Entry}. Not thread-safe; the built value is.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private String topic;
        private String source;
        private LocalDate published;
        private final List<RichText> summary = new ArrayList<>();
        private final List<Link> links = new ArrayList<>();
        private String language;

        private Builder() {
        }

        /**
         * Sets the language of the entry's own text, when it is not the bulletin's.
         *
         * @param language a BCP 47 tag such as {@code cy}; null or empty for the bulletin's
         * @return this builder
         * @since 0.2.0
         */
        public Builder language(String language) {
            this.language = language;
            return this;
        }

        /**
         * Sets the topic.
         *
         * @param topic the heading of the entry; required
         * @return this builder
         */
        public Builder topic(String topic) {
            this.topic = topic;
            return this;
        }

        /**
         * Sets the source.
         *
         * @param source who published the news; required
         * @return this builder
         */
        public Builder source(String source) {
            this.source = source;
            return this;
        }

        /**
         * Sets the publication date.
         *
         * @param published the date; required
         * @return this builder
         */
        public Builder published(LocalDate published) {
            this.published = published;
            return this;
        }

        /**
         * Adds a summary paragraph after those already added.
         *
         * @param paragraph the paragraph
         * @return this builder
         */
        public Builder paragraph(RichText paragraph) {
            summary.add(paragraph);
            return this;
        }

        /**
         * Adds a summary paragraph of plain text after those already added.
         *
         * @param plain the text; markup in it is not read
         * @return this builder
         * @throws InvalidBulletinException at once, when {@code plain} is null, blank or holds a character a
         *     document cannot hold
         */
        public Builder paragraph(String plain) {
            return paragraph(RichText.of(plain));
        }

        /**
         * Adds a link after those already added.
         *
         * @param link the link
         * @return this builder
         */
        public Builder link(Link link) {
            links.add(link);
            return this;
        }

        /**
         * Adds a link with plain text after those already added; see {@link Link#of(String, String, String)}.
         *
         * @param prefix what comes before the link; null or empty for none
         * @param text the linked text
         * @param url the address; null or empty when not known
         * @return this builder
         * @throws InvalidBulletinException at once, when the link breaks a rule
         */
        public Builder link(String prefix, String text, String url) {
            return link(Link.of(prefix, text, url));
        }

        /**
         * Builds the entry.
         *
         * @return the entry; never null
         * @throws InvalidBulletinException listing every rule the entry breaks
         */
        public Entry build() {
            return new Entry(topic, source, published, summary, links, language);
        }
    }
}
