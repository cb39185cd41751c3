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

    private Typeface(String family, byte[][] faces) {
        this.family = family;
        this.faces = faces;
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
        // Checked before copying, so that a null face is named rather than a bare NullPointerException.
        byte[][] faces = {copy(regular, Face.REGULAR), copy(bold, Face.BOLD), copy(italic, Face.ITALIC),
                copy(boldItalic, Face.BOLD_ITALIC)};
        String family = null;
        for (Face face : Face.values()) {
            String name = familyOf(faces[face.ordinal()], face);
            if (family == null) {
                family = name;
            }
        }
        return new Typeface(family, faces);
    }

    private static byte[] copy(byte[] file, Face face) {
        return Objects.requireNonNull(file, face.name()).clone();
    }

    private static String familyOf(byte[] file, Face face) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(file)).getFamily(java.util.Locale.ROOT);
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
