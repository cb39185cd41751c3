package io.github.bulletinkit.render;

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
     * The colour in the form Word uses.
     *
     * @return six hexadecimal digits, upper case, without {@code #}, such as {@code 1F3864}; never null
     */
    public String hex() {
        return String.format(Locale.ROOT, "%02X%02X%02X", red, green, blue);
    }
}
