package io.github.bulletinkit.pdf;

import io.github.bulletinkit.format.BulletinRenderer;
import io.github.bulletinkit.format.RenderOptions;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.theme.Theme;
import io.github.bulletinkit.theme.Typeface;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;

/**
 * Lays a bulletin out as a PDF: the theme's logo, the title, the introduction, then a two-column table with one
 * row per entry, its header row repeated on every page, or, in a bulletin of sections, a contents list that gives
 * the page each section starts on and a table under each section's heading; then the closing. {@code Page N of M}
 * at the foot of each page, the theme's typeface (or Liberation Sans) embedded, a bookmark for each entry (under
 * its section's), tags for screen readers (PDF/UA-1), and optionally PDF/A-2b conformance.
 *
 * <p>Text in Arabic, Hebrew, the Indic scripts and Chinese is shaped as the fonts' OpenType tables ask, through the
 * Java platform's text layout, and laid out right to left where the bulletin's or an entry's language is written
 * so; the theme's fallback fonts show what its typeface lacks. Each line of such text says its characters in
 * reading order ({@code /ActualText}). Other text is laid out as before.
 *
 * <p>Configure it once with {@link #builder()}. Instances are immutable and safe to use from many threads
 * at once: each call to {@link #render(Bulletin, OutputStream)} keeps its state to itself.
 *
 * <p>The output is reproducible: the same bulletin and options give the same bytes, on every run and every
 * JVM. The creation date comes from {@link RenderOptions#createdFor(Bulletin)}.
 *
 * @since 0.1.0
 */
public final class PdfRenderer implements BulletinRenderer {

    private final RenderOptions options;
    private final boolean archival;
    // Made once per renderer, as the parsed style templates of other formats are: a typeface's faces are parsed
    // when first used and then shared by every render, and the theme's fingerprint hashes its files once.
    private final EmbeddedFamily family;
    private final byte[] theme;
    private final List<EmbeddedFamily> fallbacks;

    private PdfRenderer(Builder builder) {
        this.options = builder.options;
        this.archival = builder.archival;
        this.family = options.theme().typeface().map(EmbeddedFamily::of).orElse(EmbeddedFamily.LIBERATION_SANS);
        this.theme = DocumentDigest.theme(options.theme());
        List<Typeface> named = options.theme().fallbackFonts();
        this.fallbacks = java.util.stream.IntStream.range(0, named.size())
                .mapToObj(i -> EmbeddedFamily.of(named.get(i), i + 1)).toList();
    }

    /**
     * A renderer with the default options, not archival.
     *
     * @return a renderer with {@link RenderOptions#defaults()}; never null
     */
    public static PdfRenderer create() {
        return builder().build();
    }

    /**
     * A builder, set to the default options and not archival.
     *
     * @return a new builder; never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Writes {@code bulletin} as a PDF to {@code out}, which is flushed but not closed. Every character is
     * checked against the fonts before anything is written.
     *
     * @throws io.github.bulletinkit.model.InvalidBulletinException when neither the typeface nor any of the theme's
     *     fallback fonts can show characters of the bulletin; it names each field and character
     * @throws IOException when {@code out} fails
     * @throws NullPointerException when an argument is null
     */
    @Override
    public void render(Bulletin bulletin, OutputStream out) throws IOException {
        Objects.requireNonNull(bulletin, "bulletin");
        Objects.requireNonNull(out, "out");
        RenderContext context = new RenderContext(bulletin, options, family, fallbacks, theme, archival);
        WatchedStream watched = new WatchedStream(out);
        try {
            context.write(watched);
        } catch (RuntimeException e) {
            // OpenPDF wraps the stream's IOException in an ExceptionConverter, or in a DocumentException while a
            // table is added, and the renderer's own writes in an UncheckedIOException: give callers the one that
            // out threw. Any other failure, a font that cannot be read for one, stays what it is.
            if (watched.failure() != null) {
                throw watched.failure();
            }
            throw e;
        }
    }

    /**
     * The options it lays bulletins out with.
     *
     * @return the options; never null
     */
    public RenderOptions options() {
        return options;
    }

    /**
     * Whether it writes PDF/A-2b.
     *
     * @return true for PDF/A-2b
     */
    public boolean archival() {
        return archival;
    }

    /**
     * Builds a {@link PdfRenderer}. Not thread-safe; the renderer it builds is.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private RenderOptions options = RenderOptions.defaults();
        private boolean archival;

        private Builder() {
        }

        /**
         * The layout; {@link RenderOptions#defaults()} when not set.
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
         * Whether to lay bulletins out for paper: the same as setting it on the options. Each link's address is
         * then printed under it, with a QR code, drawn in vectors, that a phone reads it from.
         *
         * @param forPrint true for paper
         * @return this builder
         * @since 0.1.0
         */
        public Builder forPrint(boolean forPrint) {
            this.options = options.toBuilder().forPrint(forPrint).build();
            return this;
        }

        /**
         * Whether to write PDF/A-2b, for long-term archiving: an sRGB output intent and XMP metadata are
         * added. Off by default.
         *
         * @param archival true for PDF/A-2b
         * @return this builder
         */
        public Builder archival(boolean archival) {
            this.archival = archival;
            return this;
        }

        /**
         * The renderer.
         *
         * @return an immutable renderer with the settings made; never null
         */
        public PdfRenderer build() {
            return new PdfRenderer(this);
        }
    }
}
