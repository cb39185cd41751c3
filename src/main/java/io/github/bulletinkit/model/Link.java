package io.github.bulletinkit.model;

/**
 * Where to read more about an entry: shown as the prefix, a space, then the linked text, which is the
 * clickable part.
 *
 * <p>Instances are immutable and safe to share between threads.
 *
 * @param prefix what comes before the link, such as {@code Read the report:}; empty when there is none
 * @param text the linked text, which may carry emphasis (but no links of its own)
 * @param url where the link goes (http, https, mailto or tel), or empty when the address is not known
 * @since 0.1.0
 */
public record Link(String prefix, RichText text, String url) {

    /**
     * Checks every component and reports all of their problems at once.
     *
     * @param prefix what comes before the link; null counts as empty
     * @param text the linked text; not null, without links of its own
     * @param url the address: an absolute http, https, mailto or tel URL; null or empty when not known
     * @throws InvalidBulletinException listing every rule the components break, each by its path
     */
    public Link {
        Checks checks = new Checks();
        prefix = checks.optional("prefix", prefix);
        checks.notNull("text", text);
        if (text != null) {
            checks.check(text.runs().stream().noneMatch(Run::isLink), "text",
                    () -> "the text of a link must not hold links of its own");
        }
        url = checks.url("url", url);
        checks.done();
    }

    /**
     * A link with plain text.
     *
     * @param prefix what comes before the link; null or empty for none
     * @param text the linked text, taken as plain text
     * @param url the address; null or empty when not known
     * @return the link; never null
     * @throws InvalidBulletinException when a component breaks a rule; a problem of the text has the path
     *     {@code text}
     */
    public static Link of(String prefix, String text, String url) {
        RichText linked;
        try {
            linked = RichText.of(text);
        } catch (InvalidBulletinException e) {
            throw e.under("text");
        }
        return new Link(prefix, linked, url);
    }

    /**
     * A link whose text has no emphasis and whose address is not known.
     *
     * @param prefix what comes before the link; null or empty for none
     * @param text the linked text, taken as plain text
     * @return the link, with an empty URL; never null
     * @throws InvalidBulletinException when a component breaks a rule
     */
    public static Link of(String prefix, String text) {
        return of(prefix, text, "");
    }

    /**
     * Whether the address is known.
     *
     * @return true when {@link #url()} is not empty
     */
    public boolean hasUrl() {
        return !url.isEmpty();
    }

    /**
     * The link as it reads: the prefix, a space, then the text.
     *
     * @return the text without emphasis, after the prefix and a space when there is a prefix; never null
     */
    public String plainText() {
        return prefix.isEmpty() ? text.plainText() : prefix + " " + text.plainText();
    }
}
