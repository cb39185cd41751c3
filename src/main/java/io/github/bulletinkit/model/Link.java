package io.github.bulletinkit.model;

/**
 * Where to read more about an entry: shown as the prefix, a space, then the linked text, which is the
 * clickable part.
 *
 * @param prefix what comes before the link, such as {@code Read the report:}; empty when there is none
 * @param text the linked text, which may carry emphasis (but no links of its own)
 * @param url where the link goes (http, https or mailto), or empty when the address is not known
 * @since 0.1.0
 */
public record Link(String prefix, RichText text, String url) {

    /** Checks every component and reports all of their problems at once. */
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

    /** A link with plain text. */
    public static Link of(String prefix, String text, String url) {
        RichText linked;
        try {
            linked = RichText.of(text);
        } catch (InvalidBulletinException e) {
            throw e.under("text");
        }
        return new Link(prefix, linked, url);
    }

    /** A link whose text has no emphasis and whose address is not known. */
    public static Link of(String prefix, String text) {
        return of(prefix, text, "");
    }

    public boolean hasUrl() {
        return !url.isEmpty();
    }

    /** The link as it reads: the prefix, a space, then the text. */
    public String plainText() {
        return prefix.isEmpty() ? text.plainText() : prefix + " " + text.plainText();
    }
}
