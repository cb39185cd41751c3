package io.github.bulletinkit.theme;

import java.util.Locale;

/**
 * A colour in sRGB, each component 0 to 255. Immutable and thread-safe.
 *
 * @param red the red component, 0 to 255
 * @param green the green component, 0 to 255
 * @param blue the blue component, 0 to 255
 * @since 0.1.0
 */
public record Rgb(int red, int green, int blue) {

    /**
     * Checks that every component is from 0 to 255.
     *
     * @param red the red component
     * @param green the green component
     * @param blue the blue component
     * @throws IllegalArgumentException when a component is outside 0 to 255
     */
    public Rgb {
        if ((red | green | blue) >>> 8 != 0) {
            throw new IllegalArgumentException("each colour component must be from 0 to 255");
        }
    }

    /**
     * Parses {@code #1F3864} or {@code 1F3864}.
     *
     * @param hex six hexadecimal digits, in either case, with or without a leading {@code #}; not null
     * @return the colour; never null
     * @throws IllegalArgumentException when {@code hex} is not such a colour
     */
    public static Rgb parse(String hex) {
        String digits = hex.startsWith("#") ? hex.substring(1) : hex;
        if (!digits.matches("[0-9A-Fa-f]{6}")) {
            throw new IllegalArgumentException("\"" + hex + "\" is not a colour such as #1F3864");
        }
        int value = Integer.parseInt(digits, 16);
        return new Rgb(value >> 16, (value >> 8) & 0xFF, value & 0xFF);
    }

    /**
     * How much light the colour gives, from 0 (black) to 1 (white): the relative luminance of WCAG 2, from which
     * contrast ratios are reckoned.
     */
    double luminance() {
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
    }

    private static double linear(int component) {
        double c = component / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /**
     * The colour in the form Word uses.
     *
     * @return six hexadecimal digits, upper case, without {@code #}, such as {@code 1F3864}; never null
     */
    public String hex() {
        return String.format(Locale.ROOT, "%02X%02X%02X", red, green, blue);
    }
}
