package io.github.bulletinkit.pdf;

import io.github.bulletinkit.format.RenderOptions;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.Entry;
import io.github.bulletinkit.model.Link;
import io.github.bulletinkit.model.RichText;
import io.github.bulletinkit.model.Run;
import io.github.bulletinkit.model.Style;
import io.github.bulletinkit.render.DocumentText;
import io.github.bulletinkit.theme.Logo;
import io.github.bulletinkit.theme.Rgb;
import io.github.bulletinkit.theme.Theme;
import io.github.bulletinkit.theme.Typeface;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * A SHA-256 fingerprint of everything that shapes a PDF: the bulletin, the options, the archival flag and
 * this library's version. The document's {@code /ID} and its font subset tags come from it, where OpenPDF
 * would draw random numbers, so that the same input always gives the same bytes.
 */
final class DocumentDigest {

    private final byte[] hash;

    private DocumentDigest(byte[] hash) {
        this.hash = hash;
    }

    /**
     * @param theme the fingerprint of the options' theme, from {@link #theme(Theme)}: made once per renderer,
     *     since hashing a typeface's files costs more than laying out a short bulletin
     */
    static DocumentDigest of(Bulletin bulletin, RenderOptions options, byte[] theme, boolean archival) {
        MessageDigest digest = sha256();
        // Field by field, never a toString(): that of a Set changes order between JVMs, and a theme's leaves
        // out the bytes of its logo and fonts.
        text(digest, DocumentText.version());
        text(digest, options.pageSize().name());
        text(digest, options.orientation().name());
        number(digest, Float.floatToIntBits(options.margins().top()));
        number(digest, Float.floatToIntBits(options.margins().right()));
        number(digest, Float.floatToIntBits(options.margins().bottom()));
        number(digest, Float.floatToIntBits(options.margins().left()));
        number(digest, Float.floatToIntBits(options.baseFontSize()));
        number(digest, Float.floatToIntBits(options.informationShare()));
        digest.update((byte) (options.forPrint() ? 1 : 0));
        text(digest, options.createdFor(bulletin).toString());
        digest.update(theme);
        text(digest, Boolean.toString(archival));
        text(digest, bulletin.title());
        text(digest, bulletin.subtitle());
        text(digest, bulletin.publisher());
        text(digest, bulletin.language());
        text(digest, bulletin.informationHeading());
        text(digest, bulletin.linkHeading());
        number(digest, bulletin.entries().size());
        for (Entry entry : bulletin.entries()) {
            text(digest, entry.topic());
            text(digest, entry.source());
            text(digest, entry.published().toString());
            number(digest, entry.summary().size());
            entry.summary().forEach(paragraph -> richText(digest, paragraph));
            number(digest, entry.links().size());
            for (Link link : entry.links()) {
                text(digest, link.prefix());
                richText(digest, link.text());
                text(digest, link.url());
            }
        }
        return new DocumentDigest(digest.digest());
    }

    /** A fingerprint of everything in {@code theme}: its colours, its logo's bytes and its typeface's files. */
    static byte[] theme(Theme theme) {
        MessageDigest digest = sha256();
        for (Rgb colour : new Rgb[] {theme.accent(), theme.text(), theme.secondary(), theme.link(), theme.rule()}) {
            text(digest, colour.hex());
        }
        number(digest, Float.floatToIntBits(theme.logoHeight()));
        text(digest, theme.logo().map(Logo::description).orElse(""));
        bytes(digest, theme.logo().map(Logo::image).orElse(new byte[0]));
        text(digest, theme.typeface().map(Typeface::family).orElse(""));
        for (Typeface.Face face : Typeface.Face.values()) {
            bytes(digest, theme.typeface().map(typeface -> typeface.face(face)).orElse(new byte[0]));
        }
        return digest.digest();
    }

    /** The 16 bytes of the document's {@code /ID}. */
    byte[] fileId() {
        return Arrays.copyOf(hash, 16);
    }

    /** Six capital letters to tag the subset of {@code face} in {@code encoding}, different for each font. */
    String subsetTag(FontFace face, FontFace.Encoding encoding) {
        MessageDigest digest = sha256();
        digest.update(hash);
        text(digest, face.name());
        text(digest, encoding.name());
        byte[] bytes = digest.digest();
        StringBuilder tag = new StringBuilder(6);
        for (int i = 0; i < 6; i++) {
            tag.append((char) ('A' + Byte.toUnsignedInt(bytes[i]) % 26));
        }
        return tag.toString();
    }

    private static void richText(MessageDigest digest, RichText text) {
        number(digest, text.runs().size());
        for (Run run : text.runs()) {
            text(digest, run.text());
            for (Style style : Style.values()) {
                digest.update((byte) (run.has(style) ? 1 : 0));
            }
            text(digest, run.url());
        }
    }

    // Each text and list carries its length, so that ("ab", "c") and ("a", "bc") differ.
    private static void text(MessageDigest digest, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        number(digest, bytes.length);
        digest.update(bytes);
    }

    private static void bytes(MessageDigest digest, byte[] bytes) {
        number(digest, bytes.length);
        digest.update(bytes);
    }

    // Big-endian, byte by byte, without a buffer: this runs for every field of every entry.
    private static void number(MessageDigest digest, int number) {
        digest.update((byte) (number >>> 24));
        digest.update((byte) (number >>> 16));
        digest.update((byte) (number >>> 8));
        digest.update((byte) number);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
