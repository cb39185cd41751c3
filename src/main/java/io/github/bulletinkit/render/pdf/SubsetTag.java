package io.github.bulletinkit.render.pdf;

import java.security.SecureRandom;

/**
 * Hands OpenPDF a chosen subset tag. {@code BaseFont.createSubsetPrefix()} makes the six letters before a
 * subset font's name ({@code ABCDEF+LiberationSans}) from six {@code nextDouble()} draws of the font's own
 * random source, which {@code BaseFont.setSecureRandom} lets each font instance replace: so the tag is fixed
 * per font and per document without touching anything global.
 */
final class SubsetTag extends SecureRandom {

    private static final long serialVersionUID = 1L;

    private final String letters;
    private int next;

    /** @param letters capital letters A to Z, drawn in order, round and round */
    SubsetTag(String letters) {
        if (!letters.matches("[A-Z]+")) {
            throw new IllegalArgumentException("a subset tag is made of capital letters, not " + letters);
        }
        this.letters = letters;
    }

    /** The next letter, as the value that OpenPDF turns into it: {@code (char) (65 + 26 * value)}. */
    @Override
    public double nextDouble() {
        char letter = letters.charAt(next++ % letters.length());
        return (letter - 'A' + 0.5) / 26;
    }
}
