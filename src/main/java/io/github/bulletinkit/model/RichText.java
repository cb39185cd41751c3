package io.github.bulletinkit.model;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A paragraph of text: runs of plain, bold, italic and underlined text and inline hyperlinks, in order.
 *
 * @param runs the runs; never empty, and together not blank
 * @since 0.1.0
 */
public record RichText(List<Run> runs) {

    /** Checks that there is some text; copies the runs. */
    public RichText {
        Checks checks = new Checks();
        runs = checks.list("runs", runs);
        checks.check(runs.stream().anyMatch(r -> !r.text().isBlank()), "", () -> "must not be empty");
        checks.done();
    }

    /** A paragraph of plain text. */
    public static RichText of(String plain) {
        return new RichText(List.of(Run.plain(plain)));
    }

    /** The text without its emphasis and links. */
    public String plainText() {
        return runs.stream().map(Run::text).collect(Collectors.joining());
    }

    /** A builder that appends runs in order. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link RichText} run by run. Not thread-safe; the built value is. */
    public static final class Builder {
        private final List<Run> runs = new ArrayList<>();

        private Builder() {
        }

        public Builder text(String text) {
            return add(Run.plain(text));
        }

        public Builder bold(String text) {
            return add(Run.styled(text, Style.BOLD));
        }

        public Builder italic(String text) {
            return add(Run.styled(text, Style.ITALIC));
        }

        public Builder underline(String text) {
            return add(Run.styled(text, Style.UNDERLINE));
        }

        public Builder link(String text, String url) {
            return add(Run.link(text, url));
        }

        public Builder add(Run run) {
            runs.add(run);
            return this;
        }

        /** @throws InvalidBulletinException when there is no text */
        public RichText build() {
            return new RichText(runs);
        }
    }
}
