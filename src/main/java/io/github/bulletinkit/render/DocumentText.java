package io.github.bulletinkit.render;

import io.github.bulletinkit.BulletinKit;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.Entry;
import java.time.format.DateTimeFormatter;

/**
 * The words every renderer writes around the model's own text, so that all formats say the same.
 *
 * @since 0.1.0
 */
public final class DocumentText {

    private DocumentText() {
    }

    /** {@code Source: NSPCC Learning}. */
    public static String sourceLine(Entry entry) {
        return "Source: " + entry.source();
    }

    // Parsed once: parsing the pattern for every entry cost more than formatting the date.
    private static final DateTimeFormatter PUBLISHED = DateTimeFormatter.ofPattern("dd MMMM yyyy");

    /** {@code Date published: 06 January 2025}, the month named in the bulletin's language. */
    public static String publishedLine(Entry entry, Bulletin bulletin) {
        return "Date published: " + PUBLISHED.withLocale(bulletin.locale()).format(entry.published());
    }

    /** The document's subject: the subtitle, or the title when there is none. */
    public static String subject(Bulletin bulletin) {
        return bulletin.subtitle().isEmpty() ? bulletin.title() : bulletin.subtitle();
    }

    /** The creating application, {@code BulletinKit 0.1.0}. */
    public static String creator() {
        return "BulletinKit " + BulletinKit.version();
    }

    /** This library's version; the same as {@link BulletinKit#version()}. */
    public static String version() {
        return BulletinKit.version();
    }
}
