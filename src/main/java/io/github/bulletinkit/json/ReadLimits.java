package io.github.bulletinkit.json;

/**
 * Bounds on what a reader accepts, so that a hostile or broken input is a clear error rather than an
 * exhausted memory. Each bound has a default that a real bulletin does not come near.
 *
 * @param maxInputBytes the largest input, in bytes (default 16 MiB)
 * @param maxEntries the most entries in one bulletin (default 20,000)
 * @param maxTextLength the longest text of one field, in characters, markup included (default 100,000)
 * @param maxMarkupDepth the deepest nesting of inline tags (default 32)
 * @since 0.1.0
 */
public record ReadLimits(long maxInputBytes, int maxEntries, int maxTextLength, int maxMarkupDepth) {

    private static final ReadLimits DEFAULTS = new ReadLimits(16L << 20, 20_000, 100_000, 32);

    /** Checks that every bound is positive. */
    public ReadLimits {
        if (maxInputBytes < 1 || maxEntries < 1 || maxTextLength < 1 || maxMarkupDepth < 1) {
            throw new IllegalArgumentException("every limit must be at least 1");
        }
    }

    public static ReadLimits defaults() {
        return DEFAULTS;
    }

    public ReadLimits withMaxInputBytes(long maxInputBytes) {
        return new ReadLimits(maxInputBytes, maxEntries, maxTextLength, maxMarkupDepth);
    }

    public ReadLimits withMaxEntries(int maxEntries) {
        return new ReadLimits(maxInputBytes, maxEntries, maxTextLength, maxMarkupDepth);
    }

    public ReadLimits withMaxTextLength(int maxTextLength) {
        return new ReadLimits(maxInputBytes, maxEntries, maxTextLength, maxMarkupDepth);
    }

    public ReadLimits withMaxMarkupDepth(int maxMarkupDepth) {
        return new ReadLimits(maxInputBytes, maxEntries, maxTextLength, maxMarkupDepth);
    }
}
