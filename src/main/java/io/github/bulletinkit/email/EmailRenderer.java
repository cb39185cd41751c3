package io.github.bulletinkit.email;

import io.github.bulletinkit.format.BulletinRenderer;
import io.github.bulletinkit.format.RenderOptions;
import io.github.bulletinkit.layout.DocumentInfo;
import io.github.bulletinkit.layout.LayoutPlan;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.theme.Logo;
import io.github.bulletinkit.theme.Theme;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import java.util.Optional;

/**
 * Lays bulletins out as email drafts: a MIME message (RFC 5322, a {@code .eml} file) marked
 * {@code X-Unsent: 1}, without sender or recipients, its subject the title, that a mail client opens ready to
 * address and send. It is {@code multipart/alternative}: first a {@code text/plain} part, a rendering of its
 * own with every sentence and every address, then a {@code text/html} part written for mail clients (inline
 * styles, layout tables marked {@code role="presentation"}, a centred container at most 600 px wide, explicit
 * colours), with the theme's logo as an inline image part it shows by {@code cid:}. Both parts are UTF-8,
 * quoted-printable.
 *
 * <p>Every text of the bulletin is written as text, escaped: only bold, italic, underline and links, which the
 * model holds as runs, become markup. The same bulletin with the same options gives the same bytes: the
 * {@code Date} is the options' {@link RenderOptions#createdFor(Bulletin) creation date}, and the
 * {@code Message-ID} and the MIME boundaries are digests of the content.
 *
 * <p><b>Thread-safety:</b> a renderer is immutable; one instance may render many bulletins at once, from any
 * number of threads.
 *
 * @since 0.1.0
 */
public final class EmailRenderer implements BulletinRenderer {

    private final RenderOptions options;

    private EmailRenderer(RenderOptions options) {
        this.options = options;
    }

    /**
     * A renderer with the default options.
     *
     * @return a renderer with {@link RenderOptions#defaults()}; never null
     */
    public static EmailRenderer create() {
        return builder().build();
    }

    /**
     * A builder, set to the default options.
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
     * {@inheritDoc}
     *
     * <p>An email can hold every character the model admits, so this never throws
     * {@link io.github.bulletinkit.model.InvalidBulletinException}.
     *
     * @throws NullPointerException when {@code bulletin} or {@code out} is null
     */
    @Override
    public void render(Bulletin bulletin, OutputStream out) throws IOException {
        Objects.requireNonNull(bulletin, "bulletin");
        Objects.requireNonNull(out, "out");
        LayoutPlan plan = LayoutPlan.of(bulletin, options);
        Optional<Logo> logo = plan.logo().map(LayoutPlan.Picture::logo);
        String html = EmailBody.of(plan, logo.map(image -> "cid:" + Draft.contentId(image)).orElse(""));
        DocumentInfo info = plan.document();
        Draft draft = new Draft(info.title(), info.language(), info.created());
        // Assembled in memory first, so that a failing stream gets the start of a message and nothing else.
        out.write(draft.write(PlainText.of(plan), html, logo));
        out.flush();
    }

    /**
     * Configures an {@link EmailRenderer}. Not thread-safe; the renderer it builds is.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private RenderOptions options = RenderOptions.defaults();

        private Builder() {
        }

        /**
         * The sizes, colours and typeface to lay out with; {@link RenderOptions#defaults()} when not set. The
         * page size and margins do not apply to email.
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
         * The renderer.
         *
         * @return an immutable renderer with the options set; never null
         */
        public EmailRenderer build() {
            return new EmailRenderer(options);
        }
    }
}
