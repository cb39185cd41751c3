package io.github.bulletinkit.render;

import java.util.List;

/**
 * Thrown when a theme's colours fail the contrast that WCAG AA asks of text. It names every colour that fails,
 * each as {@code field: problem}, such as {@code accent: #FFDD00 leaves the header row's text a contrast of ...}.
 * Immutable.
 *
 * @since 0.1.0
 */
public final class InvalidThemeColoursException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Each failure as {@code field: problem}. */
    private final transient List<String> failures;

    InvalidThemeColoursException(List<String> failures) {
        super(String.join("\n", failures));
        this.failures = List.copyOf(failures);
    }

    /**
     * Every colour that fails.
     *
     * @return each failure as {@code field: problem}, where the field is {@code accent}, {@code text},
     *     {@code secondary} or {@code link}; unmodifiable, never empty
     */
    public List<String> failures() {
        return failures;
    }
}
