package io.github.bulletinkit.html.internal;

import io.github.bulletinkit.layout.LayoutPlan;
import io.github.bulletinkit.layout.Padding;
import io.github.bulletinkit.layout.Role;
import io.github.bulletinkit.layout.Styles;
import io.github.bulletinkit.layout.TextStyle;
import io.github.bulletinkit.theme.Rgb;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The plan's styles as CSS declarations, the same for a style sheet and for inline styles. Sizes keep the
 * plan's proportions but are relative to the reader's own text size: the base size is {@code 1rem} on a web
 * page (the reader's browser setting) and 16 px in an email (where clients ignore rem), so that a base of
 * 10 pt, right for paper, does not make small text on a screen. Immutable.
 */
public final class Css {

    /** The unit lengths are written in. */
    public enum Unit {
        /** Multiples of the root element's font size: for web pages. */
        REM,
        /** CSS pixels, the base size being 16: for email clients. */
        PX
    }

    private static final int EMAIL_BASE_PX = 16;

    private final LayoutPlan plan;
    private final Unit unit;

    /**
     * The CSS of {@code plan}'s styles.
     *
     * @param plan the layout plan
     * @param unit the unit of lengths
     */
    public Css(LayoutPlan plan, Unit unit) {
        this.plan = plan;
        this.unit = unit;
    }

    /**
     * A length of the plan, in points, in this CSS's unit.
     *
     * @param points the length in points, as the plan gives it
     * @return such as {@code 1.15rem} or {@code 18.4px}
     */
    public String length(float points) {
        if (points == 0) {
            return "0";
        }
        float base = plan.options().baseFontSize();
        return unit == Unit.REM ? number(points / base) + "rem" : number(points / base * EMAIL_BASE_PX) + "px";
    }

    /**
     * The width of the table's rules.
     *
     * @return in points, so that it is thin on paper; screens draw at least one pixel
     */
    public static String ruleWidth() {
        return number(Styles.RULE_WIDTH) + "pt";
    }

    /**
     * A colour as CSS.
     *
     * @param colour the colour
     * @return such as {@code #005ea5}
     */
    public static String colour(Rgb colour) {
        return "#" + colour.hex().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The font families to ask for, each quoted, then the generic {@code sans-serif}.
     *
     * @return such as {@code "Arial", "Liberation Sans", sans-serif}
     */
    public String fontFamily() {
        return plan.styles().fontFamilies().stream().map(Css::string).collect(Collectors.joining(", "))
                + ", sans-serif";
    }

    /**
     * How the text of {@code role} looks: size, weight, colour, line height and the space around it.
     *
     * @param style the block's style, which may space it differently from its role's
     * @return the declarations, in order
     */
    public Map<String, String> text(TextStyle style) {
        Map<String, String> text = new LinkedHashMap<>();
        text.put("font-size", length(style.size()));
        text.put("font-weight", style.bold() ? "bold" : "normal");
        text.put("color", colour(style.colour()));
        text.put("line-height", number(style.lineHeight() / style.size()));
        text.put("margin", length(style.spaceBefore()) + " 0 " + length(style.spaceAfter()));
        return text;
    }

    /**
     * The text of {@code role} as its role's style has it.
     *
     * @param role the role
     * @return the declarations, in order
     */
    public Map<String, String> text(Role role) {
        return text(plan.styles().of(role));
    }

    /**
     * Padding as one declaration's value.
     *
     * @param padding the plan's padding
     * @return top, sides, bottom
     */
    public String padding(Padding padding) {
        return length(padding.top()) + " " + length(padding.sides()) + " " + length(padding.bottom());
    }

    /**
     * Declarations as one {@code style} attribute's value or one rule's body.
     *
     * @param declarations the properties and their values, in order
     * @return such as {@code color: #1a1a1a; margin: 0}
     */
    public static String declarations(Map<String, String> declarations) {
        return declarations.entrySet().stream().map(d -> d.getKey() + ": " + d.getValue())
                .collect(Collectors.joining("; "));
    }

    /**
     * A number as CSS writes it.
     *
     * @param value the number
     * @return at most three decimals, without needless digits, never in exponent form
     */
    public static String number(double value) {
        return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /**
     * A CSS string: a family name comes from a font file, so everything but letters, digits and spaces is
     * escaped, and it can close neither the string nor the style element.
     */
    static String string(String text) {
        StringBuilder css = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || c == ' ') {
                css.appendCodePoint(c);
            } else {
                css.append('\\').append(Integer.toHexString(c)).append(' ');
            }
        });
        return css.append('"').toString();
    }
}
