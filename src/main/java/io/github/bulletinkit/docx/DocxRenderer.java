package io.github.bulletinkit.docx;

import io.github.bulletinkit.format.BulletinRenderer;
import io.github.bulletinkit.format.RenderOptions;
import io.github.bulletinkit.layout.LayoutPlan;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.InvalidBulletinException;
import io.github.bulletinkit.model.Problem;
import io.github.bulletinkit.theme.Theme;
import io.github.bulletinkit.theme.WordTemplate;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/**
 * Lays bulletins out as Word documents (DOCX): the theme's logo as an inline picture with its description as
 * alternative text, the title, the introduction, then a two-column table with a header row that repeats on every
 * page, and a {@code Page N of M} footer. A bulletin of sections has a table of its own under each section's
 * heading, and, with two sections or more, a contents list after the introduction whose items link to the
 * sections' headings (no page numbers and no field, so Word never asks to update it); the closing follows the
 * last table. The theme's colours go into the styles, and its typeface's family name too, so that Word and
 * LibreOffice show it where it is installed; the font files are not embedded. Every part of the layout has a
 * named style ({@code Title}, {@code Introduction}, {@code TOC Heading} and {@code TOC 1} for the contents list,
 * {@code Heading 2} for sections' headings and {@code Heading 3} for their topics, or {@code Heading 2} for the
 * topics of a bulletin without sections, {@code Entry Details}, {@code Entry Summary}, {@code Entry Link},
 * {@code Closing}, {@code Hyperlink}, ...), so that a document can be restyled in Word and its navigation pane
 * lists sections and topics. {@linkplain Builder#forPrint(boolean) For paper}, each link's address is printed
 * under it ({@code Entry Address}) with its QR code as a picture.
 *
 * <p>The bulletin's language is the document's (its language property and its styles' default); each run in
 * another language, such as a Welsh entry's text in an English bulletin, or English labels in a bulletin whose
 * language has none, is marked with it ({@code w:lang}: in {@code w:eastAsia} for Chinese, Japanese and Korean,
 * in {@code w:bidi} for Arabic, Hebrew and the other complex scripts, else in {@code w:val}). The labels the
 * bulletin overrides, and the languages its runs are marked with, are kept in custom document properties
 * ({@code BulletinKit labels.source}, ..., {@code BulletinKit languages}), so that {@link DocxBulletinReader}
 * gives them back; a bulletin all in one language, with the labels of its language, has none.
 *
 * <p>With the organisation's Word template ({@link Builder#wordTemplate(WordTemplate)}, or the theme's), the
 * document takes the template's page (its paper, orientation and margins, where the options do not choose them),
 * its headers and footers with their pictures and links, its theme part, its document defaults and its styles: a
 * template's style wins over BulletinKit's of the same id, BulletinKit's fill in the rest, and the theme's font
 * and colours apply where the template says nothing of them. BulletinKit's {@code Page N of M} footer is added only
 * when the template has no footer. The template's body text is not copied, and the document is a document, not a
 * template. Never copied: macros, custom XML, comments, an attached template, and pictures fetched from the
 * network; tracked changes in a header or footer are accepted. Each is logged as a warning
 * ({@link System.Logger}, named {@code io.github.bulletinkit.docx}) when the renderer is built.
 *
 * <p>The same bulletin with the same options gives the same bytes, every time. A render streams the document's
 * body into the ZIP archive as it lays the rows out, holding a row at a time, so that 9,000 entries render in a
 * heap of 64 MB, the bulletin included; the parts before the body (the styles, the properties, the
 * relationships) are made first, from a quick walk through the bulletin, and for paper the QR codes' images are
 * held until they are written, after the body.
 *
 * <p><b>Thread-safety:</b> a renderer is immutable; one instance may render many bulletins at once, from any
 * number of threads.
 *
 * @since 0.1.0
 */
public final class DocxRenderer implements BulletinRenderer {

    private final RenderOptions options;
    private final StyleSheet styleSheet;
    /** The Word template's letterhead; null without a template. */
    private final Letterhead letterhead;
    private final WordPage page;

    private DocxRenderer(RenderOptions options, WordTemplate template) {
        this.options = options;
        this.styleSheet = new StyleSheet(options);
        this.letterhead = template == null ? null : LetterheadReader.read(template);
        this.page = letterhead == null ? WordPage.of(options)
                : WordPage.of(options, letterhead.size(), letterhead.margin());
        if (letterhead != null && !page.roomFor(options)) {
            throw new InvalidBulletinException(template.name(), List.of(Problem.at("", "its page's margins leave"
                    + " too little room for the bulletin's table (" + page.contentWidth() / 20 + " by "
                    + page.contentHeight() / 20 + " points); give it smaller margins, or choose the margins in the"
                    + " options")));
        }
    }

    /**
     * A renderer with the default options.
     *
     * @return a renderer with {@link RenderOptions#defaults()}; never null
     */
    public static DocxRenderer create() {
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
     * <p>A DOCX can hold every character the model admits, so this never throws
     * {@link io.github.bulletinkit.model.InvalidBulletinException}.
     *
     * @throws NullPointerException when {@code bulletin} or {@code out} is null
     */
    @Override
    public void render(Bulletin bulletin, OutputStream out) throws IOException {
        Objects.requireNonNull(bulletin, "bulletin");
        Objects.requireNonNull(out, "out");
        LayoutPlan plan = LayoutPlan.of(bulletin, options);
        BodySurvey survey = new BodySurvey(plan, letterhead);
        plan.accept(survey);
        TextWriter text = new TextWriter(survey.hyperlinks(), new ScriptFonts(options.theme()));
        WordParts parts = WordParts.of(plan, survey, styleSheet, bulletin.labels(), letterhead,
                new PageSetup(plan, text, page, letterhead));
        ReproducibleZip.copy(parts.zip(), parts.written(body -> {
            try {
                plan.accept(new WordBody(plan, body, text, parts, letterhead, page));
            } catch (UncheckedIOException e) {
                throw e.getCause(); // the stream's own, which WordStream wrapped
            }
        }), plan.document().created(), out);
        out.flush();
    }

    /**
     * Configures a {@link DocxRenderer}. Not thread-safe; the renderer it builds is.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private RenderOptions options = RenderOptions.defaults();
        private WordTemplate wordTemplate;

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
         * @since 0.1.0
         */
        public Builder forPrint(boolean forPrint) {
            this.options = options.toBuilder().forPrint(forPrint).build();
            return this;
        }

        /**
         * The organisation's Word template, in place of the theme's, if it has one: the document takes its page,
         * headers and footers, and styles, as the class describes.
         *
         * @param wordTemplate the template; null for the theme's, if any
         * @return this builder
         * @since 0.2.0
         */
        public Builder wordTemplate(WordTemplate wordTemplate) {
            this.wordTemplate = wordTemplate;
            return this;
        }

        /**
         * The renderer. A Word template is read here, once, and refused here if it is unsound.
         *
         * @return an immutable renderer with the options set; never null
         * @throws InvalidBulletinException when the Word template is not a sound Word document (not a ZIP archive,
         *     a ZIP bomb, a part that declares a {@code DOCTYPE}, no main document), or its page leaves the table
         *     too little room; every reason, in the template's name
         */
        public DocxRenderer build() {
            return new DocxRenderer(options, wordTemplate != null ? wordTemplate
                    : options.theme().wordTemplate().orElse(null));
        }
    }
}
