package io.github.bulletinkit.html;

import io.github.bulletinkit.format.BulletinRenderer;
import io.github.bulletinkit.format.RenderOptions;
import io.github.bulletinkit.layout.LayoutPlan;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.theme.Theme;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * Lays bulletins out as web pages: one self-contained UTF-8 HTML file that asks no other host for anything, its
 * style sheet in a {@code style} element and the theme's logo a {@code data:} URI with its description as
 * alternative text. The title is the page's {@code h1}; the entries are a table with a caption for screen
 * readers, a header row of {@code th scope="col"} and each topic an {@code h2} (one level below the title, at
 * the {@linkplain Builder#headingLevel(int) level} asked for). The theme's colours and
 * typeface (by name; no font file is embedded) style it, in the plan's proportions, relative to the reader's
 * own text size on a screen and at the plan's sizes on paper. Printed, the header row repeats on every page,
 * rows do not break across pages and each link's address follows it; on a phone the two cells of a row stack.
 *
 * <p>With {@link Builder#fragment(boolean) fragment(true)} it writes only the bulletin's own element, an
 * {@code article class="bulletinkit"} with its {@code lang}, its {@code dir} and its style sheet, every rule
 * of which is scoped to it, for placing in a page of one's own; {@link Builder#headingLevel(int)
 * headingLevel(2)} then fits it under that page's own {@code h1}.
 *
 * <p>Every text of the bulletin is written as text, escaped: only bold, italic, underline and links, which the
 * model holds as runs, become markup. The same bulletin with the same options gives the same bytes.
 *
 * <p><b>Thread-safety:</b> a renderer is immutable; one instance may render many bulletins at once, from any
 * number of threads.
 *
 * @since 0.1.0
 */
public final class HtmlRenderer implements BulletinRenderer {

    private final RenderOptions options;
    private final boolean fragment;
    private final int headingLevel;

    private HtmlRenderer(Builder builder) {
        this.options = builder.options;
        this.fragment = builder.fragment;
        this.headingLevel = builder.headingLevel;
    }

    /**
     * A renderer of whole pages with the default options.
     *
     * @return a renderer with {@link RenderOptions#defaults()}; never null
     */
    public static HtmlRenderer create() {
        return builder().build();
    }

    /**
     * A builder, set to the default options and whole pages.
     *
     * @return a new builder; never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The options this renderer lays bulletins out with.
     *
     * @return the options; never null
     */
    public RenderOptions options() {
        return options;
    }

    /**
     * Whether it writes the bulletin's element alone rather than a whole page.
     *
     * @return true for a fragment
     */
    public boolean fragment() {
        return fragment;
    }

    /**
     * The heading level of the bulletin's title; its topics' is one more.
     *
     * @return from 1 ({@code h1}) to 5
     * @since 0.1.0
     */
    public int headingLevel() {
        return headingLevel;
    }

    /**
     * {@inheritDoc}
     *
     * <p>HTML can hold every character the model admits, so this never throws
     * {@link io.github.bulletinkit.model.InvalidBulletinException}.
     *
     * @throws NullPointerException when {@code bulletin} or {@code out} is null
     */
    @Override
    public void render(Bulletin bulletin, OutputStream out) throws IOException {
        Objects.requireNonNull(bulletin, "bulletin");
        Objects.requireNonNull(out, "out");
        Page page = new Page(LayoutPlan.of(bulletin, options), headingLevel);
        String html;
        if (fragment) {
            Element article = page.fragment();
            html = article.outerHtml() + "\n";
        } else {
            Document document = page.page();
            document.outputSettings().charset(StandardCharsets.UTF_8).escapeMode(Entities.EscapeMode.base);
            html = document.outerHtml() + "\n";
        }
        out.write(html.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /**
     * Configures an {@link HtmlRenderer}. Not thread-safe; the renderer it builds is.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private RenderOptions options = RenderOptions.defaults();
        private boolean fragment;
        private int headingLevel = 1;

        private Builder() {
        }

        /**
         * The sizes, colours and typeface to lay out with; {@link RenderOptions#defaults()} when not set. The
         * page size and margins apply when the page is printed.
         *
         * @param options the options; not null
         * @return this builder
         */
        public Builder options(RenderOptions options) {
            this.options = Objects.requireNonNull(options, "options");
            return this;
        }

        /**
         * The logo, colours and typeface: the same as setting them on the options.
         *
         * @param theme the theme; not null
         * @return this builder
         */
        public Builder theme(Theme theme) {
            this.options = options.toBuilder().theme(theme).build();
            return this;
        }

        /**
         * Whether to write only the bulletin's own element, {@code <article class="bulletinkit">} with its
         * scoped style sheet, instead of a whole page; false when not set.
         *
         * @param fragment true for the element alone
         * @return this builder
         */
        public Builder fragment(boolean fragment) {
            this.fragment = fragment;
            return this;
        }

        /**
         * The heading level of the bulletin's title, its topics' one more: {@code 2} makes the title an
         * {@code h2} and the topics {@code h3}s, for a fragment placed under a page's own {@code h1}. In a
         * bulletin of sections the sections' headings are one level below the title and the topics two, but never
         * below {@code h6}. The look does not change. 1 when not set; keep it so for a whole page, which should
         * have an {@code h1}.
         *
         * @param level from 1 to 5
         * @return this builder
         * @throws IllegalArgumentException when {@code level} is outside 1 to 5
         * @since 0.1.0
         */
        public Builder headingLevel(int level) {
            if (level < 1 || level > 5) {
                throw new IllegalArgumentException("a heading level from 1 to 5, not " + level
                        + ": the topics' headings are one level below the title's, and HTML has six");
            }
            this.headingLevel = level;
            return this;
        }

        /**
         * The renderer.
         *
         * @return an immutable renderer with the options set; never null
         */
        public HtmlRenderer build() {
            return new HtmlRenderer(this);
        }
    }
}
