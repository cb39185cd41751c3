package io.github.bulletinkit.render;

import io.github.bulletinkit.BulletinKit;
import io.github.bulletinkit.format.RenderOptions;
import io.github.bulletinkit.layout.LayoutPlan;
import io.github.bulletinkit.layout.Words;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.Entry;
import java.util.Locale;

/**
 * The words every renderer writes around the model's own text, so that all formats say the same.
 * Stateless and thread-safe.
 *
 * @since 0.1.0
 * @deprecated The layout plan decides these now: use {@link io.github.bulletinkit.layout.Words} for the lines of
 *     an entry, {@link io.github.bulletinkit.layout.DocumentInfo} for a document's subject and
 *     {@link BulletinKit#creator()} and {@link BulletinKit#version()}. Kept for one release.
 */
@Deprecated(since = "0.2.0")
public final class DocumentText {

    private DocumentText() {
    }

    /**
     * The line naming an entry's source, such as {@code Source: NSPCC Learning}.
     *
     * @param entry the entry; not null
     * @return the line; never null
     */
    public static String sourceLine(Entry entry) {
        return Words.of(Locale.ENGLISH).sourceLine(entry.source());
    }

    /**
     * The line giving an entry's date, such as {@code Date published: 06 January 2025}, the month named in
     * the bulletin's language.
     *
     * @param entry the entry; not null
     * @param bulletin the bulletin, for its language; not null
     * @return the line; never null
     */
    public static String publishedLine(Entry entry, Bulletin bulletin) {
        return Words.of(bulletin.locale()).publishedLine(entry.published());
    }

    /**
     * The document's subject, for its metadata.
     *
     * @param bulletin the bulletin; not null
     * @return the subtitle, or the title when there is none; never null
     */
    public static String subject(Bulletin bulletin) {
        return LayoutPlan.of(bulletin, RenderOptions.defaults()).document().subject();
    }

    /**
     * The creating application, for the document's metadata.
     *
     * @return {@code BulletinKit} and this library's version, such as {@code BulletinKit 0.1.0}; never null
     */
    public static String creator() {
        return BulletinKit.creator();
    }

    /**
     * This library's version.
     *
     * @return the same as {@link BulletinKit#version()}; never null
     */
    public static String version() {
        return BulletinKit.version();
    }
}
