package io.github.bulletinkit.theme;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Objects;

/**
 * An organisation's typeface: the four faces of one family as TrueType or OpenType font files. The PDF embeds
 * subsets of them; the DOCX and HTML name the family, which shows where it is installed. Immutable and
 * thread-safe: the bytes are copied in and out.
 *
 * @since 0.1.0
 */
public final class Typeface {

    /**
     * The four faces, in the order of {@link #face(Face)}'s argument.
     *
     * @since 0.1.0
     */
    public enum Face {
        /** Upright, normal weight: body text. */
        REGULAR,
        /** Upright, bold: the title, topics, column headings and bold runs. */
        BOLD,
        /** Italic, normal weight: italic runs. */
        ITALIC,
        /** Italic, bold: runs both bold and italic. */
        BOLD_ITALIC
    }

    private final String family;
    private final byte[][] faces;
    // The regular face as the JDK reads it, which knows which characters the family has.
    private final Font regular;

    private Typeface(Font regular, byte[][] faces) {
        this.family = regular.getFamily(java.util.Locale.ROOT);
        this.faces = faces;
        this.regular = regular;
    }

    /**
     * A typeface from the bytes of its four font files. The family's name is read from the regular face.
     *
     * @param regular the regular face; not null, copied
     * @param bold the bold face; not null, copied
     * @param italic the italic face; not null, copied
     * @param boldItalic the bold italic face; not null, copied
     * @return the typeface; never null
     * @throws IllegalArgumentException when a file is not a TrueType or OpenType font; the message names the face
     * @throws NullPointerException when an argument is null
     */
    public static Typeface of(byte[] regular, byte[] bold, byte[] italic, byte[] boldItalic) {
        byte[][] given = {regular, bold, italic, boldItalic};
        byte[][] faces = new byte[given.length][];
        Font regularFont = null;
        for (Face face : Face.values()) {
            int i = face.ordinal();
            // Checked before copying, so that a null face is named rather than a bare NullPointerException.
            Objects.requireNonNull(given[i], face.name());
            // A file given for several faces (a script's font has often one or two) is copied and parsed once.
            int same = firstSame(given, i);
            if (same < i) {
                faces[i] = faces[same];
                continue;
            }
            faces[i] = given[i].clone();
            Font font = parse(faces[i], face);
            if (regularFont == null) {
                regularFont = font;
            }
        }
        return new Typeface(regularFont, faces);
    }

    private static int firstSame(byte[][] given, int i) {
        for (int j = 0; j < i; j++) {
            if (given[j] == given[i]) {
                return j;
            }
        }
        return i;
    }

    private static Font parse(byte[] file, Face face) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(file));
        } catch (FontFormatException | IOException e) {
            throw new IllegalArgumentException("the " + face.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                    + " face is not a TrueType or OpenType font", e);
        }
    }

    /**
     * The family's name, as its regular face gives it.
     *
     * @return the name, such as {@code Liberation Serif}; never null
     */
    public String family() {
        return family;
    }

    /**
     * Whether the family has a glyph for a character, as its regular face says.
     *
     * @param codePoint the character
     * @return true when the regular face can show it
     * @since 0.2.0
     */
    public boolean canShow(int codePoint) {
        return regular.canDisplay(codePoint);
    }

    /**
     * The font file of one face.
     *
     * @param face the face; not null
     * @return a copy of its bytes; never null
     */
    public byte[] face(Face face) {
        return faces[face.ordinal()].clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Typeface typeface && Arrays.deepEquals(faces, typeface.faces);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(faces);
    }

    @Override
    public String toString() {
        return "Typeface[" + family + "]";
    }
}
