package io.github.bulletinkit.pdf;

import io.github.bulletinkit.theme.Typeface;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import org.librepdf.openpdf.fonts.Liberation;

/**
 * The four faces of the typeface a PDF embeds: Liberation Sans, metric-compatible with Arial, unless the theme
 * brings a typeface of its own. Immutable; its faces are parsed lazily and shared.
 */
final class EmbeddedFamily {

    /** Liberation Sans, from the openpdf-fonts-extra jar, shared by every renderer without a typeface. */
    static final EmbeddedFamily LIBERATION_SANS = liberationSans();

    private final String name;
    private final Map<FontFace, EmbeddedFace> faces;

    private EmbeddedFamily(String name, Map<FontFace, EmbeddedFace> faces) {
        this.name = name;
        this.faces = faces;
    }

    /** The family of {@code typeface}, parsed when first used. */
    static EmbeddedFamily of(Typeface typeface) {
        return of(typeface, 0);
    }

    /** The family of {@code typeface}, the fallback font numbered {@code fallback} from 1, or 0 for the main one. */
    static EmbeddedFamily of(Typeface typeface, int fallback) {
        Map<FontFace, EmbeddedFace> faces = new EnumMap<>(FontFace.class);
        for (FontFace face : FontFace.values()) {
            byte[] file = typeface.face(Typeface.Face.valueOf(face.name()));
            // OpenType with PostScript outlines starts with "OTTO"; OpenPDF reads it by the name's ending.
            boolean cff = file.length > 4 && file[0] == 'O' && file[1] == 'T' && file[2] == 'T' && file[3] == 'O';
            String fileName = face.name().toLowerCase(java.util.Locale.ROOT) + (cff ? ".otf" : ".ttf");
            faces.put(face, new EmbeddedFace(face, fileName, () -> file, false, fallback));
        }
        return new EmbeddedFamily(typeface.family(), faces);
    }

    private static EmbeddedFamily liberationSans() {
        Map<FontFace, EmbeddedFace> faces = new EnumMap<>(FontFace.class);
        String[] files = {"LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf",
            "LiberationSans-BoldItalic.ttf"};
        for (FontFace face : FontFace.values()) {
            String file = files[face.ordinal()];
            faces.put(face, new EmbeddedFace(face, file, () -> liberation(file), true));
        }
        return new EmbeddedFamily("Liberation Sans", faces);
    }

    private static byte[] liberation(String fileName) {
        // Asked of a class in the fonts' own jar, so that the lookup also works on the module path.
        try (InputStream in = Liberation.class.getResourceAsStream("/liberation/" + fileName)) {
            if (in == null) {
                throw new IllegalStateException("the font " + fileName + " is missing from the class path;"
                        + " it comes with com.github.librepdf:openpdf-fonts-extra");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the font " + fileName, e);
        }
    }

    /** The family's name, for messages. */
    String name() {
        return name;
    }

    EmbeddedFace face(FontFace face) {
        return faces.get(face);
    }
}
