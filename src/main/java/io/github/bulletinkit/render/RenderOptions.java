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
 * Immutable; change one setting with a {@code with...} method.
 *
 * @param pageSize the paper size
 * @param orientation portrait or landscape
 * @param margins the margins, in points
 * @param baseFontSize the size of the body text, in points; headings scale from it
 * @param informationShare the share of the table's width given to the left column, between 0.3 and 0.85;
 *     each column must be at least three times as wide as the base font size
 * @param headerBackground the fill of the header row
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

    private static final RenderOptions DEFAULTS = new RenderOptions(PageSize.A4, Orientation.PORTRAIT,
            Margins.millimetres(18), 10f, 0.7f, Rgb.parse("#1F3864"), Rgb.parse("#FFFFFF"), Optional.empty());

    /** Checks every setting. */
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

    /** A4 portrait, 18 mm margins, 10 pt text, a 70:30 table with a dark blue header row. */
    public static RenderOptions defaults() {
        return DEFAULTS;
    }

    /** The creation date to write for {@code bulletin}: the one set, or the default described above. */
    public Instant createdFor(Bulletin bulletin) {
        return created.orElseGet(() -> bulletin.entries().stream()
                .map(Entry::published)
                .max(Comparator.naturalOrder())
                .orElse(LocalDate.EPOCH)
                .atStartOfDay(ZoneOffset.UTC)
                .toInstant());
    }

    /** The width of the page's content, in points. */
    public float contentWidth() {
        return pageSize.width(orientation) - margins.left() - margins.right();
    }

    public RenderOptions withPageSize(PageSize pageSize) {
        return new RenderOptions(pageSize, orientation, margins, baseFontSize, informationShare, headerBackground,
                headerText, created);
    }

    public RenderOptions withOrientation(Orientation orientation) {
        return new RenderOptions(pageSize, orientation, margins, baseFontSize, informationShare, headerBackground,
                headerText, created);
    }

    public RenderOptions withMargins(Margins margins) {
        return new RenderOptions(pageSize, orientation, margins, baseFontSize, informationShare, headerBackground,
                headerText, created);
    }

    public RenderOptions withBaseFontSize(float baseFontSize) {
        return new RenderOptions(pageSize, orientation, margins, baseFontSize, informationShare, headerBackground,
                headerText, created);
    }

    public RenderOptions withInformationShare(float informationShare) {
        return new RenderOptions(pageSize, orientation, margins, baseFontSize, informationShare, headerBackground,
                headerText, created);
    }

    public RenderOptions withHeaderColours(Rgb background, Rgb text) {
        return new RenderOptions(pageSize, orientation, margins, baseFontSize, informationShare, background, text,
                created);
    }

    public RenderOptions withCreated(Instant created) {
        return new RenderOptions(pageSize, orientation, margins, baseFontSize, informationShare, headerBackground,
                headerText, Optional.of(created));
    }
}
