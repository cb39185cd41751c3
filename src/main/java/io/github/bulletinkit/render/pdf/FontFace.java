package io.github.bulletinkit.render.pdf;

import io.github.bulletinkit.model.Run;
import io.github.bulletinkit.model.Style;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.librepdf.openpdf.fonts.Liberation;

/**
 * The four faces of Liberation Sans that every PDF embeds. Their bytes are read once, when this class is
 * first used, and then only read: sharing them between renders and threads is safe. What OpenPDF builds
 * from them is not, so {@link PdfFonts} makes that afresh for each render.
 */
enum FontFace {
    REGULAR("LiberationSans-Regular.ttf"),
    BOLD("LiberationSans-Bold.ttf"),
    ITALIC("LiberationSans-Italic.ttf"),
    BOLD_ITALIC("LiberationSans-BoldItalic.ttf");

    // Where the openpdf-fonts-extra jar keeps the Liberation fonts.
    private static final String FOLDER = "/liberation/";

    private final String fileName;
    private final byte[] bytes;

    FontFace(String fileName) {
        this.fileName = fileName;
        this.bytes = read(fileName);
    }

    /** The face for text that is bold, italic, both or neither. */
    static FontFace of(boolean bold, boolean italic) {
        if (bold) {
            return italic ? BOLD_ITALIC : BOLD;
        }
        return italic ? ITALIC : REGULAR;
    }

    /** The face for a run, by its emphasis; underlining is drawn, not a face. */
    static FontFace of(Run run) {
        return of(run.has(Style.BOLD), run.has(Style.ITALIC));
    }

    /** The file's name, ending in {@code .ttf} so that OpenPDF reads it as TrueType. */
    String fileName() {
        return fileName;
    }

    /** The font file. Shared: callers must not change it. */
    byte[] bytes() {
        return bytes;
    }

    private static byte[] read(String fileName) {
        // Asked of a class in the fonts' own jar, so that the lookup also works on the module path.
        try (InputStream in = Liberation.class.getResourceAsStream(FOLDER + fileName)) {
            if (in == null) {
                throw new IllegalStateException("the font " + fileName + " is missing from the class path;"
                        + " it comes with com.github.librepdf:openpdf-fonts-extra");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the font " + fileName, e);
        }
    }
}
