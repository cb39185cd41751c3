package io.github.bulletinkit.layout;

import io.github.bulletinkit.format.RenderOptions;
import io.github.bulletinkit.theme.Rgb;
import io.github.bulletinkit.theme.Theme;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The type scale and spacing of every role, in one place: sizes and spaces are multiples of the base size, so
 * that larger text gets a roomier page, and colours come from the theme. Immutable.
 *
 * @since 0.2.0
 */
public final class Styles {

    /** Baseline to baseline, as a multiple of the font size. */
    public static final float LINE_HEIGHT = 1.35f;
    /** The width of the table's rules, in points. */
    public static final float RULE_WIDTH = 0.5f;

    private final float base;
    private final Theme theme;
    private final Map<Role, TextStyle> styles = new EnumMap<>(Role.class);

    private Styles(RenderOptions options) {
        this.base = options.baseFontSize();
        this.theme = options.theme();
        for (Role role : Role.values()) {
            styles.put(role, style(role, options.forPrint()));
        }
    }

    /**
     * The styles of a layout.
     *
     * @param options the base size and the theme; not null
     * @return the styles; never null
     */
    public static Styles of(RenderOptions options) {
        return new Styles(options);
    }

    /** Every role's style, a switch so that a new role is a compile error here until it has one. */
    private TextStyle style(Role role, boolean forPrint) {
        return switch (role) {
            case TITLE, LOGO -> style(2.0f, true, theme.titleColour(), 0, 0.3f);
            case SUBTITLE -> style(1.25f, false, theme.secondary(), 0, 0.3f);
            case PUBLISHER -> style(1.0f, false, theme.secondary(), 0, 0.3f);
            case INTRODUCTION, CLOSING -> style(1.0f, false, theme.text(), 0, 0.6f);
            case CONTENTS_HEADING -> style(1.25f, true, theme.titleColour(), 0.4f, 0.4f);
            case CONTENTS_ITEM -> style(1.0f, false, theme.link(), 0, 0.3f);
            case SECTION_HEADING -> style(1.4f, true, theme.titleColour(), 1.0f, 0.5f);
            case COLUMN_HEADING -> style(1.0f, true, theme.onAccent(), 0, 0);
            case TOPIC -> style(1.15f, true, theme.text(), 0, 0.2f);
            case SOURCE, PUBLISHED -> style(0.9f, false, theme.secondary(), 0, 0);
            case SUMMARY -> style(1.0f, false, theme.text(), 0.6f, 0);
            // On paper a link's address and code follow it, and the space comes after the code instead.
            case LINK -> style(1.0f, false, theme.text(), 0, forPrint ? 0.1f : 0.6f);
            case ADDRESS -> style(0.85f, false, theme.secondary(), 0, 0.2f);
            case FOOTER -> style(0.8f, false, theme.secondary(), 0, 0);
        };
    }

    private TextStyle style(float scale, boolean bold, Rgb colour, float before, float after) {
        float size = base * scale;
        return new TextStyle(size, bold, colour, size * LINE_HEIGHT, base * before, base * after);
    }

    /**
     * The style of a role.
     *
     * @param role the role; not null
     * @return its style; the logo's is the title's
     */
    public TextStyle of(Role role) {
        return styles.get(role);
    }

    /**
     * The space below a link's QR code, on paper.
     *
     * @return the space between links, in points
     */
    public float belowCode() {
        return base * 0.6f;
    }

    /**
     * The space between the bulletin's heading lines and the table.
     *
     * @return the space, in points
     */
    public float belowHeading() {
        return base * 1.2f;
    }

    /**
     * The space between the logo and the title.
     *
     * @return the space, in points
     */
    public float belowLogo() {
        return base * 0.8f;
    }

    /**
     * The padding of the header row's cells.
     *
     * @return the padding, in points
     */
    public Padding headerPadding() {
        return new Padding(base * 0.6f, base * 0.6f, base * 0.8f);
    }

    /**
     * The padding of an entry's cells.
     *
     * @return the padding, in points
     */
    public Padding cellPadding() {
        return new Padding(base * 0.7f, base * 0.9f, base * 0.8f);
    }

    /**
     * The font families to ask for, best first: the theme's, or Arial, which Liberation Sans (the PDF's) is
     * metric-compatible with, so that Word shows the same line breaks, and then Liberation Sans itself; then the
     * theme's fallback fonts, for the characters those lack.
     *
     * @return the families, best first
     */
    public List<String> fontFamilies() {
        List<String> families = new ArrayList<>(theme.typeface()
                .map(typeface -> List.of(typeface.family()))
                .orElse(List.of("Arial", "Liberation Sans")));
        theme.fallbackFonts().forEach(fallback -> families.add(fallback.family()));
        return List.copyOf(families);
    }

    /**
     * The theme the colours come from.
     *
     * @return the options' theme
     */
    public Theme theme() {
        return theme;
    }
}
