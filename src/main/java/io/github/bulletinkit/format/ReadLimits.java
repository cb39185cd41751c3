package io.github.bulletinkit.format;

/**
 * Bounds on what a reader accepts, so that a hostile or broken input is a clear error rather than an
 * exhausted memory. Each bound has a default that a real bulletin does not come near.
 *
 * <p>Instances are immutable and safe to share between threads; change one bound with a {@code with...} method.
 *
 * @param maxInputBytes the largest input, in bytes (default 16 MiB)
 * @param maxEntries the most entries in one bulletin (default 20,000)
 * @param maxTextLength the longest text of one field, in characters, markup included (default 100,000)
 * @param maxMarkupDepth the deepest nesting of inline tags (default 32)
 * @since 0.1.0
 */
public record ReadLimits(long maxInputBytes, int maxEntries, int maxTextLength, int maxMarkupDepth) {

    private static final ReadLimits DEFAULTS = new ReadLimits(16L << 20, 20_000, 100_000, 32);

    /**
     * Checks that every bound is positive.
     *
     * @param maxInputBytes the largest input, in bytes; at least 1
     * @param maxEntries the most entries in one bulletin; at least 1
     * @param maxTextLength the longest text of one field, in characters; at least 1
     * @param maxMarkupDepth the deepest nesting of inline tags; at least 1
     * @throws IllegalArgumentException when a bound is less than 1
     */
    public ReadLimits {
        if (maxInputBytes < 1 || maxEntries < 1 || maxTextLength < 1 || maxMarkupDepth < 1) {
            throw new IllegalArgumentException("every limit must be at least 1");
        }
    }

    /**
     * The default limits: 16 MiB, 20,000 entries, 100,000 characters a field, tags 32 deep.
     *
     * @return the defaults; never null
     */
    public static ReadLimits defaults() {
        return DEFAULTS;
    }

    /**
     * A copy of these limits with another bound on the largest input.
     *
     * @param maxInputBytes the largest input, in bytes; at least 1
     * @return the new limits; never null
     * @throws IllegalArgumentException when the bound is less than 1
     */
    public ReadLimits withMaxInputBytes(long maxInputBytes) {
        return new ReadLimits(maxInputBytes, maxEntries, maxTextLength, maxMarkupDepth);
    }

    /**
     * A copy of these limits with another bound on the most entries in one bulletin.
     *
     * @param maxEntries the most entries in one bulletin; at least 1
     * @return the new limits; never null
     * @throws IllegalArgumentException when the bound is less than 1
     */
    public ReadLimits withMaxEntries(int maxEntries) {
        return new ReadLimits(maxInputBytes, maxEntries, maxTextLength, maxMarkupDepth);
    }

    /**
     * A copy of these limits with another bound on the longest text of one field.
     *
     * @param maxTextLength the longest text of one field, in characters; at least 1
     * @return the new limits; never null
     * @throws IllegalArgumentException when the bound is less than 1
     */
    public ReadLimits withMaxTextLength(int maxTextLength) {
        return new ReadLimits(maxInputBytes, maxEntries, maxTextLength, maxMarkupDepth);
    }

    /**
     * A copy of these limits with another bound on the deepest nesting of inline tags.
     *
     * @param maxMarkupDepth the deepest nesting of inline tags; at least 1
     * @return the new limits; never null
     * @throws IllegalArgumentException when the bound is less than 1
     */
    public ReadLimits withMaxMarkupDepth(int maxMarkupDepth) {
        return new ReadLimits(maxInputBytes, maxEntries, maxTextLength, maxMarkupDepth);
    }
}
