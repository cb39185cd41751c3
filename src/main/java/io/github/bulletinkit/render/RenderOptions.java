package io.github.bulletinkit.render;

import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.Entry;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How a bulletin is laid out, shared by every renderer so that its PDF and its DOCX look alike.
 * Immutable and thread-safe; change one setting with a {@code with...} method, which checks the result as the
 * constructor does.
 *
 * @param pageSize the paper size
 * @param orientation portrait or landscape
 * @param margins the margins, in points; they leave at least two inches (144 points) of the page's width and
 *     height for the content
 * @param baseFontSize the size of the body text, in points, from 6 to 24; headings scale from it
 * @param informationShare the share of the table's width given to the left column, between 0.3 and 0.85;
 *     each column must be at least three times as wide as the base font size
 * @param headerBackground the fill of the header row, and the title's colour when it reads well on white
 *     ({@link #titleColour()})
 * @param headerText the text colour of the header row
 * @param created the creation date written into the document, in the years 1 to 9999; empty for the
 *     default, which is midnight UTC of the newest entry's publication date, so that the same bulletin always
 *     gives the same bytes
 * @since 0.1.0
 */
public record RenderOptions(PageSize pageSize, Orientation orientation, Margins margins, float baseFontSize,
        float informationShare, Rgb headerBackground, Rgb headerText, Optional<Instant> created) {

    /** The narrowest a column of the table may be, in multiples of the base font size. */
    private static final float MIN_COLUMN_EMS = 3;
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");
    private static final Rgb NEAR_BLACK = new Rgb(0x1A, 0x1A, 0x1A);

    private static final RenderOptions DEFAULTS = new RenderOptions(PageSize.A4, Orientation.PORTRAIT,
            Margins.millimetres(18), 10f, 0.7f, Rgb.parse("#1F3864"), Rgb.parse("#FFFFFF"), Optional.empty());

    /**
     * Checks every setting.
     *
     * @param pageSize the paper size; not null
     * @param orientation portrait or landscape; not null
     * @param margins the margins; not null
     * @param baseFontSize the size of the body text, in points, from 6 to 24
     * @param informationShare the left column's share of the table's width, from 0.3 to 0.85
     * @param headerBackground the fill of the header row; not null
     * @param headerText the text colour of the header row; not null
     * @param created the creation date, or empty for the default; not null
     * @throws NullPointerException when a setting is null
     * @throws IllegalArgumentException when a number is out of its range, or the margins leave less than two
     *     inches of the page's width or height
     */
    public RenderOptions {
        Objects.requireNonNull(pageSize, "pageSize");
        Objects.requireNonNull(orientation, "orientation");
        Objects.requireNonNull(margins, "margins");
        Objects.requireNonNull(headerBackground, "headerBackground");
        Objects.requireNonNull(headerText, "headerText");
        Objects.requireNonNull(created, "created");
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
     * The default layout.
     *
     * @return A4 portrait, 18 mm margins, 10 pt text, a 70:30 table with a dark blue header row and white
     *     header text, and the default creation date; never null
     */
    public static RenderOptions defaults() {
        return DEFAULTS;
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
     * The colour of the bulletin's title: the header row's background when it reads well on white paper, with a
     * contrast of at least 3 to 1 as the Web Content Accessibility Guidelines ask of large text; otherwise
     * near-black, so that a pale header colour never makes a pale title.
     *
     * @return the title's colour; never null
     */
    public Rgb titleColour() {
        return 1.05 / (headerBackground.luminance() + 0.05) >= 3 ? headerBackground : NEAR_BLACK;
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
     * A copy of these options with another paper size.
     *
     * @param pageSize the paper size; not null
     * @return the new options; never null
     * @throws IllegalArgumentException when the result breaks a rule of the constructor
     */
    public RenderOptions withPageSize(PageSize pageSize) {
        return new RenderOptions(pageSize, orientation, margins, baseFontSize, informationShare, headerBackground,
                headerText, created);
    }

    /**
     * A copy of these options with the page turned another way.
     *
     * @param orientation portrait or landscape; not null
     * @return the new options; never null
     * @throws IllegalArgumentException when the result breaks a rule of the constructor
     */
    public RenderOptions withOrientation(Orientation orientation) {
        return new RenderOptions(pageSize, orientation, margins, baseFontSize, informationShare, headerBackground,
                headerText, created);
    }

    /**
     * A copy of these options with other margins.
     *
     * @param margins the margins; not null
     * @return the new options; never null
     * @throws IllegalArgumentException when the result breaks a rule of the constructor
     */
    public RenderOptions withMargins(Margins margins) {
        return new RenderOptions(pageSize, orientation, margins, baseFontSize, informationShare, headerBackground,
                headerText, created);
    }

    /**
     * A copy of these options with another size of body text.
     *
     * @param baseFontSize the size, in points, from 6 to 24
     * @return the new options; never null
     * @throws IllegalArgumentException when the result breaks a rule of the constructor
     */
    public RenderOptions withBaseFontSize(float baseFontSize) {
        return new RenderOptions(pageSize, orientation, margins, baseFontSize, informationShare, headerBackground,
                headerText, created);
    }

    /**
     * A copy of these options with another share of the table's width for the left column.
     *
     * @param informationShare the share, from 0.3 to 0.85
     * @return the new options; never null
     * @throws IllegalArgumentException when the result breaks a rule of the constructor
     */
    public RenderOptions withInformationShare(float informationShare) {
        return new RenderOptions(pageSize, orientation, margins, baseFontSize, informationShare, headerBackground,
                headerText, created);
    }

    /**
     * A copy of these options with other colours for the header row.
     *
     * @param background the fill; not null
     * @param text the text colour; not null
     * @return the new options; never null
     * @throws IllegalArgumentException when the result breaks a rule of the constructor
     */
    public RenderOptions withHeaderColours(Rgb background, Rgb text) {
        return new RenderOptions(pageSize, orientation, margins, baseFontSize, informationShare, background, text,
                created);
    }

    /**
     * A copy of these options with a fixed creation date.
     *
     * @param created the creation date to write into every document; not null
     * @return the new options; never null
     * @throws IllegalArgumentException when the result breaks a rule of the constructor
     */
    public RenderOptions withCreated(Instant created) {
        return new RenderOptions(pageSize, orientation, margins, baseFontSize, informationShare, headerBackground,
                headerText, Optional.of(created));
    }
}
