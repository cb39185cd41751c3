package io.github.bulletinkit.model;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A paragraph of text: runs of plain, bold, italic and underlined text and inline hyperlinks, in order.
 *
 * <p>Neighbouring runs with the same emphasis and the same link are joined into one when the text is made: they
 * look the same in every format, so a document read back gives the same text however its editor split the runs.
 *
 * <p>Instances are immutable and safe to share between threads.
 *
 * @param runs the runs; never empty, together not blank, and no two neighbours with the same emphasis and link
 * @since 0.1.0
 */
public record RichText(List<Run> runs) {

    /**
     * Checks that there is some text; copies the runs, joining neighbours with the same emphasis, link and
     * language.
     *
     * @param runs the runs; not empty, no null element, and not all blank
     * @throws InvalidBulletinException listing every rule the runs break
     */
    public RichText {
        Checks checks = new Checks();
        runs = joined(checks.list("runs", runs));
        checks.check(runs.stream().anyMatch(r -> !r.text().isBlank()), "", () -> "must not be empty");
        checks.done();
    }

    private static List<Run> joined(List<Run> runs) {
        List<Run> joined = new ArrayList<>(runs.size());
        for (Run run : runs) {
            int last = joined.size() - 1;
            Run before = last < 0 ? null : joined.get(last);
            if (before != null && before.styles().equals(run.styles()) && before.url().equals(run.url())
                    && before.language().equals(run.language())) {
                joined.set(last, new Run(before.text() + run.text(), run.styles(), run.url(), run.language()));
            } else {
                joined.add(run);
            }
        }
        return joined.size() == runs.size() ? runs : List.copyOf(joined);
    }

    /**
     * A paragraph of plain text.
     *
     * @param plain the text, taken as is (markup in it is not read)
     * @return the paragraph, one run; never null
     * @throws InvalidBulletinException when {@code plain} is null, blank or holds a character a document
     *     cannot hold
     */
    public static RichText of(String plain) {
        return new RichText(List.of(Run.plain(plain)));
    }

    /**
     * The text without its emphasis and links.
     *
     * @return the runs' texts joined; never null
     */
    public String plainText() {
        return runs.stream().map(Run::text).collect(Collectors.joining());
    }

    /**
     * Starts a paragraph.
     *
     * @return a new builder that appends runs in order; never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link RichText} run by run. Each method checks its run at once and throws
     * {@link InvalidBulletinException} when the text is empty or the URL not allowed. Not thread-safe; the built
     * value is.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private final List<Run> runs = new ArrayList<>();

        private Builder() {
        }

        /**
         * Appends plain text.
         *
         * @param text the text; not empty
         * @return this builder
         */
        public Builder text(String text) {
            return add(Run.plain(text));
        }

        /**
         * Appends bold text.
         *
         * @param text the text; not empty
         * @return this builder
         */
        public Builder bold(String text) {
            return add(Run.styled(text, Style.BOLD));
        }

        /**
         * Appends italic text.
         *
         * @param text the text; not empty
         * @return this builder
         */
        public Builder italic(String text) {
            return add(Run.styled(text, Style.ITALIC));
        }

        /**
         * Appends underlined text.
         *
         * @param text the text; not empty
         * @return this builder
         */
        public Builder underline(String text) {
            return add(Run.styled(text, Style.UNDERLINE));
        }

        /**
         * Appends an inline hyperlink without emphasis.
         *
         * @param text the linked text; not empty
         * @param url the address: an absolute http, https, mailto or tel URL
         * @return this builder
         */
        public Builder link(String text, String url) {
            return add(Run.link(text, url));
        }

        /**
         * Appends a run.
         *
         * @param run the run
         * @return this builder
         */
        public Builder add(Run run) {
            runs.add(run);
            return this;
        }

        /**
         * Builds the paragraph.
         *
         * @return the paragraph; never null
         * @throws InvalidBulletinException when there is no text
         */
        public RichText build() {
            return new RichText(runs);
        }
    }
}
