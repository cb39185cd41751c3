package io.github.bulletinkit.layout;

import io.github.bulletinkit.model.RichText;
import io.github.bulletinkit.model.Run;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Runs of text that belong together: plain text, or one link whose runs all lead to the same address. Adjacent
 * link runs with the same address are one span, so that every format makes them one link.
 *
 * @param runs the runs, each with its emphasis; their own addresses are not used
 * @param url the address of the link, or empty for plain text
 * @param prefix whether the span is a link's prefix, the words before its text, such as {@code Read the report: }
 * @since 0.2.0
 */
public record Span(List<Run> runs, String url, boolean prefix) {

    /**
     * Checks that no part is null, and keeps an unmodifiable copy of the runs.
     *
     * @param runs the runs
     * @param url the address of the link, or empty for plain text
     * @param prefix whether the span is a link's prefix
     */
    public Span {
        runs = List.copyOf(runs);
        Objects.requireNonNull(url, "url");
    }

    /**
     * Text that is not a link's prefix.
     *
     * @param runs the runs
     * @param url the address of the link, or empty for plain text
     */
    public Span(List<Run> runs, String url) {
        this(runs, url, false);
    }

    /**
     * Whether the span is a link.
     *
     * @return true when it has an address
     */
    public boolean isLink() {
        return !url.isEmpty();
    }

    /**
     * The span's text.
     *
     * @return the text of every run, joined
     */
    public String text() {
        if (runs.size() == 1) {
            return runs.get(0).text();
        }
        StringBuilder text = new StringBuilder();
        runs.forEach(run -> text.append(run.text()));
        return text.toString();
    }

    /**
     * A paragraph's runs as spans: each plain run its own, neighbouring runs to the same address one link.
     *
     * @param text the paragraph
     * @return its spans, in order
     */
    public static List<Span> of(RichText text) {
        List<Span> spans = new ArrayList<>(text.runs().size());
        List<Run> link = null;
        String linkUrl = "";
        for (Run run : text.runs()) {
            if (link != null && run.url().equals(linkUrl)) {
                link.add(run);
                continue;
            }
            if (link != null) {
                spans.add(new Span(List.copyOf(link), linkUrl));
                link = null;
            }
            if (run.isLink()) {
                link = new ArrayList<>(2);
                link.add(run);
                linkUrl = run.url();
            } else {
                spans.add(new Span(List.of(run), ""));
            }
        }
        if (link != null) {
            spans.add(new Span(List.copyOf(link), linkUrl));
        }
        return List.copyOf(spans);
    }
}
