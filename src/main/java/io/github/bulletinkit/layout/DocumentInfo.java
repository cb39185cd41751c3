package io.github.bulletinkit.layout;

import java.time.Instant;
import java.util.Objects;

/**
 * What a document says about itself, the same in every format: its title, language, author, subject, the
 * program that made it and when it was made.
 *
 * @param title the document's title, the bulletin's; never null
 * @param language the document's language, a BCP 47 tag such as {@code en-GB}; never null
 * @param publisher who issues it, for the document's author; empty when the bulletin names no one
 * @param subject what it is about: the subtitle, or the title when there is none; never null
 * @param creator the program that made it, such as {@code BulletinKit 0.2.0}; never null
 * @param created when it was made, as the options set it or from the newest entry; never null
 * @since 0.2.0
 */
public record DocumentInfo(String title, String language, String publisher, String subject, String creator,
        Instant created) {

    /**
     * Checks that no part is null.
     *
     * @param title the document's title
     * @param language its language
     * @param publisher who issues it, or empty
     * @param subject what it is about
     * @param creator the program that made it
     * @param created when it was made
     */
    public DocumentInfo {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(creator, "creator");
        Objects.requireNonNull(created, "created");
    }

    /**
     * Whether the document's language is written right to left, by its script when the tag names one
     * ({@code pa-Arab}), else by its usual script.
     *
     * @return true for Arabic, Hebrew, Persian, Urdu and the like
     */
    public boolean rightToLeft() {
        return Direction.of(language) == Direction.RIGHT_TO_LEFT;
    }

    /**
     * The direction of the document's language, as HTML's {@code dir} names it.
     *
     * @return {@code rtl} or {@code ltr}
     */
    public String direction() {
        return Direction.of(language).html();
    }
}
