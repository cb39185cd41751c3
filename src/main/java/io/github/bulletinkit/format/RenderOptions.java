package io.github.bulletinkit.format;

import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.Entry;
import io.github.bulletinkit.theme.Theme;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How a bulletin is laid out, shared by every renderer so that all its formats look alike: the page, the size of
 * the text, the table's columns, the organisation's {@link Theme}, and the date written into the document.
 * Immutable and thread-safe; make one with {@link #builder()}, or change a few settings of one with
 * {@link #toBuilder()}.
 *
 * @param pageSize the paper size
 * @param orientation portrait or landscape
 * @param margins the margins, in points; they leave at least two inches (144 points) of the page's width and
 *     height for the content
 * @param baseFontSize the size of the body text, in points, from 6 to 24; headings scale from it
 * @param informationShare the share of the table's width given to the left column, between 0.3 and 0.85;
 *     each column must be at least three times as wide as the base font size
 * @param theme the logo, colours and typeface
 * @param forPrint whether the bulletin is laid out for paper: each link's address is printed beside it, with a
 *     QR code where the format can draw one
 * @param created the creation date written into the document, in the years 1 to 9999; empty for the
 *     default, which is midnight UTC of the newest entry's publication date, so that the same bulletin always
 *     gives the same bytes
 * @param chosenPage the page settings chosen rather than left at their defaults: those set on the
 *     {@link Builder}, or all of them when the options are made with the constructor that takes no such set. A
 *     Word template's page gives the settings not chosen ({@code DocxRenderer}); other formats ignore this
 * @since 0.1.0
 */
public record RenderOptions(PageSize pageSize, Orientation orientation, Margins margins, float baseFontSize,
        float informationShare, Theme theme, boolean forPrint, Optional<Instant> created,
        Set<PageSetting> chosenPage) {

    /** The narrowest a column of the table may be, in multiples of the base font size. */
    private static final float MIN_COLUMN_EMS = 3;
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    private static final RenderOptions DEFAULTS = new RenderOptions(PageSize.A4, Orientation.PORTRAIT,
            Margins.millimetres(18), 10f, 0.7f, Theme.defaults(), false, Optional.empty(), Set.of());

    /**
     * Checks every setting.
     *
     * @param pageSize the paper size; not null
     * @param orientation portrait or landscape; not null
     * @param margins the margins; not null
     * @param baseFontSize the size of the body text, in points, from 6 to 24
     * @param informationShare the left column's share of the table's width, from 0.3 to 0.85
     * @param theme the logo, colours and typeface; not null
     * @param forPrint whether to lay the bulletin out for paper
     * @param created the creation date, or empty for the default; not null
     * @param chosenPage the page settings chosen explicitly; not null
     * @throws NullPointerException when a setting is null
     * @throws IllegalArgumentException when a number is out of its range, or the margins leave less than two
     *     inches of the page's width or height
     */
    public RenderOptions {
        Objects.requireNonNull(pageSize, "pageSize");
        Objects.requireNonNull(orientation, "orientation");
        Objects.requireNonNull(margins, "margins");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(created, "created");
        chosenPage = Set.copyOf(chosenPage);
        // The dates of PDF and DOCX have four-digit years.
        if (created.isPresent() && (created.get().isBefore(EARLIEST) || created.get().isAfter(LATEST))) {
            throw new IllegalArgumentException("created must be in the years 1 to 9999, not " + created.get());
        }
        if (!(baseFontSize >= 6 && baseFontSize <= 24)) {
            throw new IllegalArgumentException("baseFontSize must be from 6 to 24 points, not " + baseFontSize);
        }
        if (!(informationShare >= 0.3f && informationShare <= 0.85f)) {
            throw new IllegalArgumentException("informationShare must be from 0.3 to 0.85, not " + informationShare);
        }
        float contentWidth = pageSize.width(orientation) - margins.left() - margins.right();
        float contentHeight = pageSize.height(orientation) - margins.top() - margins.bottom();
        if (contentWidth < 144 || contentHeight < 144) {
            throw new IllegalArgumentException("the margins leave less than two inches of the page for the content");
        }
        // A column must hold its padding (0.8 em a side in the PDF) and the widest glyph (1.34 em) beside it:
        // OpenPDF silently leaves out the whole text of a cell with no room inside its padding.
        float narrowest = contentWidth * Math.min(informationShare, 1 - informationShare);
        float needed = MIN_COLUMN_EMS * baseFontSize;
        if (narrowest < needed) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "a column of %.1f points is too narrow for"
                    + " %.1f-point text, which needs at least %.1f: widen the page's content, bring the information"
                    + " share nearer 0.5 or make the text smaller", narrowest, baseFontSize, needed));
        }
    }

    /**
     * Options whose page settings are all chosen, as in version 0.1.0.
     *
     * @param pageSize the paper size; not null
     * @param orientation portrait or landscape; not null
     * @param margins the margins; not null
     * @param baseFontSize the size of the body text, in points, from 6 to 24
     * @param informationShare the left column's share of the table's width, from 0.3 to 0.85
     * @param theme the logo, colours and typeface; not null
     * @param forPrint whether to lay the bulletin out for paper
     * @param created the creation date, or empty for the default; not null
     * @throws NullPointerException when a setting is null
     * @throws IllegalArgumentException as the canonical constructor does
     * @since 0.2.0
     */
    public RenderOptions(PageSize pageSize, Orientation orientation, Margins margins, float baseFontSize,
            float informationShare, Theme theme, boolean forPrint, Optional<Instant> created) {
        this(pageSize, orientation, margins, baseFontSize, informationShare, theme, forPrint, created,
                EnumSet.allOf(PageSetting.class));
    }

    /**
     * The default layout.
     *
     * @return A4 portrait, 18 mm margins, 10 pt text, a 70:30 table, the default theme, for the screen, and the
     *     default creation date; never null
     */
    public static RenderOptions defaults() {
        return DEFAULTS;
    }

    /**
     * A builder set to the default layout.
     *
     * @return a new builder; never null
     */
    public static Builder builder() {
        return new Builder(DEFAULTS);
    }

    /**
     * A builder set to these options, to change a few of them.
     *
     * @return a new builder; never null
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * The creation date to write for {@code bulletin}.
     *
     * @param bulletin the bulletin; not null
     * @return the date set, or else midnight UTC of the newest entry's publication date; never null
     */
    public Instant createdFor(Bulletin bulletin) {
        return created.orElseGet(() -> bulletin.entries().stream()
                .map(Entry::published)
                .max(Comparator.naturalOrder())
                .orElse(LocalDate.EPOCH)
                .atStartOfDay(ZoneOffset.UTC)
                .toInstant());
    }

    /**
     * The width of the page's content.
     *
     * @return the page's width as turned, less the left and right margins, in points
     */
    public float contentWidth() {
        return pageSize.width(orientation) - margins.left() - margins.right();
    }

    /**
     * Builds {@link RenderOptions}; each setting starts as the options it was made from. Not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private PageSize pageSize;
        private Orientation orientation;
        private Margins margins;
        private float baseFontSize;
        private float informationShare;
        private Theme theme;
        private boolean forPrint;
        private Optional<Instant> created;
        private final Set<PageSetting> chosenPage = EnumSet.noneOf(PageSetting.class);

        private Builder(RenderOptions from) {
            this.pageSize = from.pageSize;
            this.orientation = from.orientation;
            this.margins = from.margins;
            this.baseFontSize = from.baseFontSize;
            this.informationShare = from.informationShare;
            this.theme = from.theme;
            this.forPrint = from.forPrint;
            this.created = from.created;
            this.chosenPage.addAll(from.chosenPage);
        }

        /**
         * The paper size, chosen: it then wins over a Word template's.
         *
         * @param pageSize the size; not null
         * @return this builder
         */
        public Builder pageSize(PageSize pageSize) {
            this.pageSize = Objects.requireNonNull(pageSize, "pageSize");
            chosenPage.add(PageSetting.SIZE);
            return this;
        }

        /**
         * Which way the page is turned, chosen: it then wins over a Word template's.
         *
         * @param orientation portrait or landscape; not null
         * @return this builder
         */
        public Builder orientation(Orientation orientation) {
            this.orientation = Objects.requireNonNull(orientation, "orientation");
            chosenPage.add(PageSetting.ORIENTATION);
            return this;
        }

        /**
         * The margins, chosen: they then win over a Word template's.
         *
         * @param margins the margins; not null
         * @return this builder
         */
        public Builder margins(Margins margins) {
            this.margins = Objects.requireNonNull(margins, "margins");
            chosenPage.add(PageSetting.MARGINS);
            return this;
        }

        /**
         * The size of the body text.
         *
         * @param points the size, from 6 to 24 points
         * @return this builder
         */
        public Builder baseFontSize(float points) {
            this.baseFontSize = points;
            return this;
        }

        /**
         * The left column's share of the table's width.
         *
         * @param share the share, from 0.3 to 0.85
         * @return this builder
         */
        public Builder informationShare(float share) {
            this.informationShare = share;
            return this;
        }

        /**
         * The logo, colours and typeface.
         *
         * @param theme the theme; not null
         * @return this builder
         */
        public Builder theme(Theme theme) {
            this.theme = Objects.requireNonNull(theme, "theme");
            return this;
        }

        /**
         * Whether to lay the bulletin out for paper, with each link's address printed beside it.
         *
         * @param forPrint true for paper
         * @return this builder
         */
        public Builder forPrint(boolean forPrint) {
            this.forPrint = forPrint;
            return this;
        }

        /**
         * A fixed creation date, instead of the newest entry's publication date.
         *
         * @param created the date, in the years 1 to 9999; not null
         * @return this builder
         */
        public Builder created(Instant created) {
            this.created = Optional.of(created);
            return this;
        }

        /**
         * The options, checked as the record's constructor checks them.
         *
         * @return the options; never null
         * @throws IllegalArgumentException when a setting is out of its range, or the settings do not fit together
         */
        public RenderOptions build() {
            return new RenderOptions(pageSize, orientation, margins, baseFontSize, informationShare, theme, forPrint,
                    created, chosenPage);
        }
    }
}
