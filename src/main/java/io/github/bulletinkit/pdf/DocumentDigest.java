package io.github.bulletinkit.pdf;

import io.github.bulletinkit.BulletinKit;
import io.github.bulletinkit.format.RenderOptions;
import io.github.bulletinkit.layout.AddressBlock;
import io.github.bulletinkit.layout.Block;
import io.github.bulletinkit.layout.CellVisitor;
import io.github.bulletinkit.layout.Contents;
import io.github.bulletinkit.layout.DocumentInfo;
import io.github.bulletinkit.layout.LayoutPlan;
import io.github.bulletinkit.layout.PlanVisitor;
import io.github.bulletinkit.layout.QrBlock;
import io.github.bulletinkit.layout.Row;
import io.github.bulletinkit.layout.SectionHeading;
import io.github.bulletinkit.layout.Span;
import io.github.bulletinkit.model.Run;
import io.github.bulletinkit.model.Style;
import io.github.bulletinkit.theme.Logo;
import io.github.bulletinkit.theme.Rgb;
import io.github.bulletinkit.theme.Theme;
import io.github.bulletinkit.theme.Typeface;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;

/**
 * A SHA-256 fingerprint of everything that shapes a PDF: the layout plan, walked whole, the options, the
 * archival flag and this library's version. The document's {@code /ID} and its font subset tags come from it,
 * where OpenPDF would draw random numbers, so that the same input always gives the same bytes.
 */
final class DocumentDigest {

    private final byte[] hash;

    private DocumentDigest(byte[] hash) {
        this.hash = hash;
    }

    /**
     * A digest in the making, of everything but the plan: hand it every part of the plan ({@link LayoutPlan#accept}),
     * then take the digest from {@link PlanDigest#finish()}. What the plan says is what the document shows.
     *
     * @param theme the fingerprint of the options' theme, from {@link #theme(Theme)}: made once per renderer,
     *     since hashing a typeface's files costs more than laying out a short bulletin
     */
    static PlanDigest of(RenderOptions options, byte[] theme, boolean archival) {
        MessageDigest digest = sha256();
        // Field by field, never a toString(): that of a Set changes order between JVMs, and a theme's leaves
        // out the bytes of its logo and fonts.
        text(digest, BulletinKit.version());
        text(digest, options.pageSize().name());
        text(digest, options.orientation().name());
        number(digest, Float.floatToIntBits(options.margins().top()));
        number(digest, Float.floatToIntBits(options.margins().right()));
        number(digest, Float.floatToIntBits(options.margins().bottom()));
        number(digest, Float.floatToIntBits(options.margins().left()));
        number(digest, Float.floatToIntBits(options.baseFontSize()));
        number(digest, Float.floatToIntBits(options.informationShare()));
        digest.update((byte) (options.forPrint() ? 1 : 0));
        digest.update(theme);
        text(digest, Boolean.toString(archival));
        return new PlanDigest(digest);
    }

    /** Every part of a plan, into the digest, each kind of part marked so that no two plans hash alike. */
    record PlanDigest(MessageDigest digest) implements PlanVisitor {

        /** The digest, once every part of the plan is in. */
        DocumentDigest finish() {
            return new DocumentDigest(digest.digest());
        }

        @Override
        public void document(DocumentInfo document) {
            text(digest, "document");
            text(digest, document.title());
            text(digest, document.language());
            text(digest, document.publisher());
            text(digest, document.subject());
            text(digest, document.creator());
            text(digest, document.created().toString());
        }

        @Override
        public void logo(LayoutPlan.Picture logo) {
            text(digest, "logo");
            number(digest, Float.floatToIntBits(logo.height()));
        }

        @Override
        public void heading(Block line) {
            text(digest, "heading");
            block(digest, line);
        }

        @Override
        public void paragraph(Block paragraph) {
            text(digest, "paragraph");
            block(digest, paragraph);
        }

        @Override
        public void contents(Contents contents) {
            text(digest, "contents");
            block(digest, contents.heading());
            number(digest, contents.items().size());
            contents.items().forEach(item -> {
                block(digest, item.text());
                text(digest, item.anchor());
            });
        }

        @Override
        public void section(SectionHeading section) {
            text(digest, "section");
            block(digest, section.heading());
            text(digest, section.anchor());
        }

        @Override
        public void startTable(List<Block> columnHeadings, String summary) {
            text(digest, "table");
            columnHeadings.forEach(heading -> block(digest, heading));
            text(digest, summary);
        }

        @Override
        public void row(Row row) {
            text(digest, "row");
            number(digest, row.index());
            text(digest, row.topic());
            number(digest, row.information().size());
            row.information().forEach(block -> block(digest, block));
            number(digest, row.links().size());
            CellVisitor parts = new CellVisitor() {
                @Override
                public void paragraph(Block block) {
                    block(digest, block);
                }

                @Override
                public void address(AddressBlock address) {
                    text(digest, "address");
                    text(digest, address.place());
                    text(digest, address.address().text());
                    text(digest, address.address().address());
                }

                @Override
                public void qrCode(QrBlock code) {
                    text(digest, "code");
                    text(digest, code.code().address());
                    number(digest, Float.floatToIntBits(code.spaceAfter()));
                }
            };
            row.links().forEach(part -> part.accept(parts));
        }

        @Override
        public void endTable() {
            text(digest, "end of table");
        }

        @Override
        public void footer(List<String> words) {
            text(digest, "footer");
            words.forEach(word -> text(digest, word));
        }
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
        // Fallback fonts only where a theme has them, so that a theme without keeps the digest it had.
        for (Typeface fallback : theme.fallbackFonts()) {
            text(digest, fallback.family());
            for (Typeface.Face face : Typeface.Face.values()) {
                bytes(digest, fallback.face(face));
            }
        }
        return digest.digest();
    }

    /** The 16 bytes of the document's {@code /ID}. */
    byte[] fileId() {
        return Arrays.copyOf(hash, 16);
    }

    /** Six capital letters to tag the subset of {@code face} in {@code encoding}, different for each font. */
    String subsetTag(FontFace face, FontFace.Encoding encoding) {
        return subsetTag(face, encoding, 0);
    }

    /** The tag of a face of a fallback font, numbered from 1, or of the main typeface's for 0. */
    String subsetTag(FontFace face, FontFace.Encoding encoding, int fallback) {
        MessageDigest digest = sha256();
        digest.update(hash);
        text(digest, face.name());
        text(digest, encoding.name());
        // Nothing more for the main typeface, whose tags stay what they were before fallback fonts.
        if (fallback > 0) {
            number(digest, fallback);
        }
        byte[] bytes = digest.digest();
        StringBuilder tag = new StringBuilder(6);
        for (int i = 0; i < 6; i++) {
            tag.append((char) ('A' + Byte.toUnsignedInt(bytes[i]) % 26));
        }
        return tag.toString();
    }

    private static void block(MessageDigest digest, Block block) {
        text(digest, block.role().name());
        text(digest, block.place());
        number(digest, block.spans().size());
        for (Span span : block.spans()) {
            text(digest, span.url());
            digest.update((byte) (span.prefix() ? 1 : 0));
            number(digest, span.runs().size());
            for (Run run : span.runs()) {
                text(digest, run.text());
                for (Style style : Style.values()) {
                    digest.update((byte) (run.has(style) ? 1 : 0));
                }
                // A run's language, where the plan marks one, follows its address after a NUL, which no address
                // holds: a plan without languages hashes as it did before they were marked.
                text(digest, run.language().isEmpty() ? run.url() : run.url() + '\0' + run.language());
            }
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
