package io.github.bulletinkit.odt;

import io.github.bulletinkit.format.BulletinRenderer;
import io.github.bulletinkit.format.RenderOptions;
import io.github.bulletinkit.layout.LayoutPlan;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.Label;
import io.github.bulletinkit.theme.Theme;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.Objects;

/**
 * Lays bulletins out as OpenDocument text (ODT), LibreOffice's own format and the open standard for documents
 * that people edit: the same document as the DOCX. The theme's logo with its description as alternative text,
 * the title (a first-level heading), the introduction, then a two-column table whose header row repeats on every
 * page, and a {@code Page N of M} footer. A bulletin of sections has a table under each section's heading, and
 * with two sections or more a contents list whose items link to the headings; the closing follows the last
 * table. Every part has a named style ({@code Title}, {@code Introduction}, {@code Heading 2} for sections' and
 * {@code Heading 3} for their topics' headings, or {@code Heading 2} for the topics of a bulletin without
 * sections, {@code Entry Details}, {@code Entry Summary}, {@code Entry Link}, {@code Closing},
 * {@code Internet link}, ...), so that an editor changes a style once for every entry; the theme's colours and
 * font family go into the styles (the font files are not embedded). {@linkplain Builder#forPrint(boolean) For
 * paper}, each link's address is printed under it ({@code Entry Address}) with its QR code as a picture.
 *
 * <p>The bulletin's language is the document's (its default style's and {@code meta.xml}'s), and a right-to-left
 * language makes its paragraphs, table and page run right to left; each run in another language is marked with
 * it. The labels the bulletin overrides and the languages its runs are marked with are kept as user-defined
 * properties in {@code meta.xml} ({@code BulletinKit labels.source}, ..., {@code BulletinKit languages}), so that
 * {@link OdtBulletinReader} gives them back.
 *
 * <p>The package is written with the JDK's streaming XML writer and {@code java.util.zip}, without a library
 * for ODF: what BulletinKit writes is a few styles, a table and some text, and the ODF Toolkit would bring an RDF
 * store and an XML parser of its own with it. {@code mimetype} comes first and stored, the manifest lists every
 * part, and the same bulletin with the same options gives the same bytes. A render holds the document's XML in
 * memory before it writes the package.
 *
 * <p><b>Thread-safety:</b> a renderer is immutable; one instance may render many bulletins at once, from any
 * number of threads.
 *
 * @since 0.2.0
 */
public final class OdtRenderer implements BulletinRenderer {

    private final RenderOptions options;

    private OdtRenderer(RenderOptions options) {
        this.options = options;
    }

    /**
     * A renderer with the default options.
     *
     * @return a renderer with {@link RenderOptions#defaults()}; never null
     */
    public static OdtRenderer create() {
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
     * <p>An ODT can hold every character the model admits, so this never throws
     * {@link io.github.bulletinkit.model.InvalidBulletinException}.
     *
     * @throws NullPointerException when {@code bulletin} or {@code out} is null
     */
    @Override
    public void render(Bulletin bulletin, OutputStream out) throws IOException {
        Objects.requireNonNull(bulletin, "bulletin");
        Objects.requireNonNull(out, "out");
        LayoutPlan plan = LayoutPlan.of(bulletin, options);
        OdtStyleNames names = OdtStyleNames.of(plan);
        Pictures pictures = new Pictures();
        OdtBody body = new OdtBody(plan, names, pictures);
        plan.accept(body);
        byte[] content = body.content();
        String footerLanguage = plan.words().language(Label.PAGE);
        byte[] styles = new OdtStyles(plan, names).write(body.footerWords(),
                footerLanguage.equalsIgnoreCase(plan.document().language()) ? "" : footerLanguage);
        Map<Label, String> labels = bulletin.labels();
        OdfPackage odf = new OdfPackage(plan.document().created());
        odf.add(OdfNames.CONTENT, "text/xml", content);
        odf.add(OdfNames.STYLES, "text/xml", styles);
        odf.add(OdfNames.META_PART, "text/xml", OdtMeta.write(plan.document(), labels, body.languages()));
        pictures.all().forEach((path, picture) -> odf.add(path, picture.mediaType(), picture.bytes()));
        odf.write(out);
        out.flush();
    }

    /**
     * Configures an {@link OdtRenderer}. Not thread-safe; the renderer it builds is.
     *
     * @since 0.2.0
     */
    public static final class Builder {
        private RenderOptions options = RenderOptions.defaults();

        private Builder() {
        }

        /**
         * The page, fonts and colours to lay out with; {@link RenderOptions#defaults()} when not set.
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
         * then printed under it, with a QR code that a phone reads it from.
         *
         * @param forPrint true for paper
         * @return this builder
         */
        public Builder forPrint(boolean forPrint) {
            this.options = options.toBuilder().forPrint(forPrint).build();
            return this;
        }

        /**
         * The renderer.
         *
         * @return an immutable renderer with the options set; never null
         */
        public OdtRenderer build() {
            return new OdtRenderer(options);
        }
    }
}
