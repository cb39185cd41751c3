package io.github.bulletinkit.pdf;

import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;

/**
 * Hands OpenPDF the subset tag of the document being written. {@code BaseFont.createSubsetPrefix()} makes
 * the six letters before a subset font's name ({@code ABCDEF+LiberationSans}) from six {@code nextDouble()}
 * draws of the font's own random source, which {@code BaseFont.setSecureRandom} lets us replace. A face is
 * shared by every render ({@link EmbeddedFace#baseFont(String)}), so its source cannot hold one document's tag: it
 * asks the document being written on the calling thread, as OpenPDF writes fonts in {@code document.close()}
 * on the thread that renders. The letters come from the document's digest, different for each face and
 * encoding, and for each fallback font.
 */
final class SubsetTag extends SecureRandom {

    private static final long serialVersionUID = 1L;

    /** The document being written on this thread, while it is written. */
    private static final ThreadLocal<Writing> WRITING = new ThreadLocal<>();

    private final FontFace face;
    private final FontFace.Encoding encoding;
    private final int fallback;

    /** {@code fallback} is 0 for a face of the main typeface, else the number of its fallback font, from 1. */
    SubsetTag(FontFace face, FontFace.Encoding encoding, int fallback) {
        this.face = face;
        this.encoding = encoding;
        this.fallback = fallback;
    }

    /** Until the returned scope is closed, fonts written on this thread take the tags of {@code digest}. */
    static Writing writing(DocumentDigest digest) {
        Writing writing = new Writing(digest, WRITING.get());
        WRITING.set(writing);
        return writing;
    }

    /** The next letter, as the value that OpenPDF turns into it: {@code (char) (65 + 26 * value)}. */
    @Override
    public double nextDouble() {
        Writing writing = WRITING.get();
        if (writing == null) {
            throw new IllegalStateException("a subset tag is drawn only while a document is written");
        }
        return (writing.nextLetter(face, encoding, fallback) - 'A' + 0.5) / 26;
    }

    /** One document's tags, and how many letters of each font's tag OpenPDF has drawn. */
    static final class Writing implements AutoCloseable {
        private static final int FONTS = FontFace.values().length * FontFace.Encoding.values().length;

        private final DocumentDigest digest;
        private final Writing outer;
        private final int[] drawn = new int[FONTS];
        private final String[] tags = new String[FONTS];
        // The fallback fonts' tags and letters drawn, by font; most documents have none.
        private Map<String, int[]> fallbackDrawn;
        private Map<String, String> fallbackTags;

        private Writing(DocumentDigest digest, Writing outer) {
            this.digest = digest;
            this.outer = outer;
        }

        private char nextLetter(FontFace face, FontFace.Encoding encoding, int fallback) {
            if (fallback > 0) {
                if (fallbackTags == null) {
                    fallbackTags = new HashMap<>();
                    fallbackDrawn = new HashMap<>();
                }
                String key = fallback + " " + face + " " + encoding;
                String letters = fallbackTags.computeIfAbsent(key, k -> digest.subsetTag(face, encoding, fallback));
                int[] drawnOf = fallbackDrawn.computeIfAbsent(key, k -> new int[1]);
                return letters.charAt(drawnOf[0]++ % letters.length());
            }
            int font = face.ordinal() * FontFace.Encoding.values().length + encoding.ordinal();
            String letters = tags[font];
            if (letters == null) {
                letters = digest.subsetTag(face, encoding);
                tags[font] = letters;
            }
            return letters.charAt(drawn[font]++ % letters.length());
        }

        @Override
        public void close() {
            if (outer == null) {
                WRITING.remove();
            } else {
                WRITING.set(outer);
            }
        }
    }
}
