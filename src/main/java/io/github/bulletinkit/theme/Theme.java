package io.github.bulletinkit.theme;

import io.github.bulletinkit.model.InvalidBulletinException;
import io.github.bulletinkit.model.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How an organisation's bulletins look in every format: its logo, its colours and its typeface. The default
 * theme is BulletinKit's own look: no logo, a dark blue accent, Liberation Sans.
 *
 * <p>Every colour is checked against the Web Content Accessibility Guidelines (WCAG 2.2, level AA): text,
 * secondary text and links need a contrast of at least 4.5:1 on white, and the header row's text, white or
 * near-black, whichever reads better on the accent, needs 4.5:1 on the accent. A theme that cannot meet that is
 * refused with the ratio it reaches.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 *
 * @since 0.1.0
 */
public final class Theme {

    /** White, the paper. */
    public static final Rgb WHITE = new Rgb(0xFF, 0xFF, 0xFF);
    /** Near-black, the default colour of text. */
    public static final Rgb NEAR_BLACK = new Rgb(0x1A, 0x1A, 0x1A);
    private static final double TEXT_CONTRAST = 4.5;
    private static final double LARGE_TEXT_CONTRAST = 3;
    private static final Theme DEFAULT = builder().build();

    private final Optional<Logo> logo;
    private final float logoHeight;
    private final Rgb accent;
    private final Rgb text;
    private final Rgb secondary;
    private final Rgb link;
    private final Rgb rule;
    private final Optional<Typeface> typeface;
    private final List<Typeface> fallbackFonts;

    private Theme(Builder builder) {
        this.logo = Optional.ofNullable(builder.logo);
        this.logoHeight = builder.logoHeight;
        this.accent = builder.accent;
        this.text = builder.text;
        this.secondary = builder.secondary;
        this.link = builder.link;
        this.rule = builder.rule;
        this.typeface = Optional.ofNullable(builder.typeface);
        this.fallbackFonts = List.copyOf(builder.fallbackFonts);
    }

    /**
     * BulletinKit's own look.
     *
     * @return the default theme; never null
     */
    public static Theme defaults() {
        return DEFAULT;
    }

    /**
     * A builder set to the default theme.
     *
     * @return a new builder; never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The logo, shown above the title.
     *
     * @return the logo, or empty for none; never null
     */
    public Optional<Logo> logo() {
        return logo;
    }

    /**
     * How tall the logo is shown, its width following from its proportions.
     *
     * @return the height in points, from 12 to 144
     */
    public float logoHeight() {
        return logoHeight;
    }

    /**
     * The accent colour: the header row's fill, and the title's colour when it reads well on white.
     *
     * @return the accent; never null
     */
    public Rgb accent() {
        return accent;
    }

    /**
     * The colour of the header row's text: white or near-black, whichever has the higher contrast on the accent.
     *
     * @return white or {@link #NEAR_BLACK}; never null
     */
    public Rgb onAccent() {
        return contrast(WHITE, accent) >= contrast(NEAR_BLACK, accent) ? WHITE : NEAR_BLACK;
    }

    /**
     * The title's colour: the accent when its contrast on white is at least 3:1, as WCAG asks of large text;
     * otherwise the text colour, so that a pale accent never makes a pale title.
     *
     * @return the title's colour; never null
     */
    public Rgb titleColour() {
        return contrast(accent, WHITE) >= LARGE_TEXT_CONTRAST ? accent : text;
    }

    /**
     * The colour of body text: topics, summaries and link prefixes.
     *
     * @return the text colour; never null
     */
    public Rgb text() {
        return text;
    }

    /**
     * The colour of secondary text: the subtitle, the publisher, source and date lines, and the page footer.
     *
     * @return the secondary colour; never null
     */
    public Rgb secondary() {
        return secondary;
    }

    /**
     * The colour of links.
     *
     * @return the link colour; never null
     */
    public Rgb link() {
        return link;
    }

    /**
     * The colour of the table's rules.
     *
     * @return the rule colour; never null
     */
    public Rgb rule() {
        return rule;
    }

    /**
     * The typeface.
     *
     * @return the organisation's typeface, or empty for Liberation Sans; never null
     */
    public Optional<Typeface> typeface() {
        return typeface;
    }

    /**
     * The typefaces to try, in order, for a character the typeface lacks: a script's own (Arabic, Devanagari,
     * Chinese), where the organisation's covers only Latin.
     *
     * @return the fallback typefaces, first tried first; empty when the theme names none; never null
     * @since 0.2.0
     */
    public List<Typeface> fallbackFonts() {
        return fallbackFonts;
    }

    /**
     * The contrast ratio of two colours, as WCAG 2 reckons it.
     *
     * @param one a colour; not null
     * @param other another colour; not null
     * @return the ratio, from 1 (the same light) to 21 (black on white)
     */
    public static double contrast(Rgb one, Rgb other) {
        double a = one.luminance() + 0.05;
        double b = other.luminance() + 0.05;
        return Math.max(a, b) / Math.min(a, b);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Theme theme && logo.equals(theme.logo) && logoHeight == theme.logoHeight
                && accent.equals(theme.accent) && text.equals(theme.text) && secondary.equals(theme.secondary)
                && link.equals(theme.link) && rule.equals(theme.rule) && typeface.equals(theme.typeface)
                && fallbackFonts.equals(theme.fallbackFonts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(logo, logoHeight, accent, text, secondary, link, rule, typeface, fallbackFonts);
    }

    @Override
    public String toString() {
        return "Theme[accent=#" + accent.hex() + ", logo=" + logo.map(Logo::toString).orElse("none") + ", typeface="
                + typeface.map(Typeface::family).orElse("Liberation Sans")
                + (fallbackFonts.isEmpty() ? "" : ", fallbackFonts=" + fallbackFonts) + "]";
    }

    /**
     * Builds a {@link Theme}. Not thread-safe; the theme it builds is.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private Logo logo;
        private float logoHeight = 40;
        private Rgb accent = Rgb.parse("#1F3864");
        private Rgb text = NEAR_BLACK;
        private Rgb secondary = Rgb.parse("#595959");
        private Rgb link = Rgb.parse("#0563C1");
        private Rgb rule = Rgb.parse("#BFBFBF");
        private Typeface typeface;
        private final List<Typeface> fallbackFonts = new ArrayList<>(0);

        private Builder() {
        }

        /**
         * The logo; none by default.
         *
         * @param logo the logo, or null for none
         * @return this builder
         */
        public Builder logo(Logo logo) {
            this.logo = logo;
            return this;
        }

        /**
         * How tall the logo is shown; 40 points by default.
         *
         * @param points the height, from 12 to 144 points
         * @return this builder
         * @throws IllegalArgumentException when the height is out of range
         */
        public Builder logoHeight(float points) {
            if (!(points >= 12 && points <= 144)) {
                throw new IllegalArgumentException("the logo's height must be from 12 to 144 points, not " + points);
            }
            this.logoHeight = points;
            return this;
        }

        /**
         * The accent colour; {@code #1F3864} by default.
         *
         * @param accent the colour; not null
         * @return this builder
         */
        public Builder accent(Rgb accent) {
            this.accent = Objects.requireNonNull(accent, "accent");
            return this;
        }

        /**
         * The colour of body text; {@code #1A1A1A} by default.
         *
         * @param text the colour; not null
         * @return this builder
         */
        public Builder text(Rgb text) {
            this.text = Objects.requireNonNull(text, "text");
            return this;
        }

        /**
         * The colour of secondary text; {@code #595959} by default.
         *
         * @param secondary the colour; not null
         * @return this builder
         */
        public Builder secondary(Rgb secondary) {
            this.secondary = Objects.requireNonNull(secondary, "secondary");
            return this;
        }

        /**
         * The colour of links; {@code #0563C1} by default.
         *
         * @param link the colour; not null
         * @return this builder
         */
        public Builder link(Rgb link) {
            this.link = Objects.requireNonNull(link, "link");
            return this;
        }

        /**
         * The colour of the table's rules; {@code #BFBFBF} by default.
         *
         * @param rule the colour; not null
         * @return this builder
         */
        public Builder rule(Rgb rule) {
            this.rule = Objects.requireNonNull(rule, "rule");
            return this;
        }

        /**
         * The typeface; Liberation Sans by default.
         *
         * @param typeface the typeface, or null for the default
         * @return this builder
         */
        public Builder typeface(Typeface typeface) {
            this.typeface = typeface;
            return this;
        }

        /**
         * Adds a typeface to try for characters that the typeface, and every fallback added before this one,
         * lacks.
         *
         * @param fallback the typeface; not null
         * @return this builder
         * @since 0.2.0
         */
        public Builder fallbackFont(Typeface fallback) {
            fallbackFonts.add(Objects.requireNonNull(fallback, "fallback"));
            return this;
        }

        /**
         * The theme, once its colours are checked.
         *
         * @return the theme; never null
         * @throws InvalidBulletinException when colours fail contrast: a problem for each, its path the colour
         *     ({@code text}, {@code secondary}, {@code link} or {@code accent}), its message the ratio
         */
        public Theme build() {
            List<Problem> failures = new ArrayList<>();
            need(failures, "text", text, WHITE, TEXT_CONTRAST, "on white");
            need(failures, "secondary", secondary, WHITE, TEXT_CONTRAST, "on white");
            need(failures, "link", link, WHITE, TEXT_CONTRAST, "on white");
            double onAccent = Math.max(contrast(WHITE, accent), contrast(NEAR_BLACK, accent));
            if (onAccent < TEXT_CONTRAST) {
                failures.add(Problem.at("accent", String.format(Locale.ROOT, "#%s leaves the header row's text a"
                        + " contrast of %.2f:1 at best (white or near-black on it); it needs at least 4.5:1",
                        accent.hex(), onAccent)));
            }
            if (!failures.isEmpty()) {
                throw new InvalidBulletinException(failures);
            }
            return new Theme(this);
        }

        private static void need(List<Problem> failures, String name, Rgb colour, Rgb ground, double needed,
                String where) {
            double ratio = contrast(colour, ground);
            if (ratio < needed) {
                failures.add(Problem.at(name, String.format(Locale.ROOT, "#%s has a contrast of %.2f:1 %s; it needs"
                        + " at least %.1f:1", colour.hex(), ratio, where, needed)));
            }
        }
    }
}
