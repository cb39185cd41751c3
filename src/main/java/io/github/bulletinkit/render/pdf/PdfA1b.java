package io.github.bulletinkit.render.pdf;

import com.lowagie.text.pdf.PdfWriter;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;

/**
 * What makes a document PDF/A-1b beyond what every document has (embedded fonts, no encryption, no
 * transparency): the conformance level, an sRGB output intent and XMP metadata that repeats the
 * document information.
 */
final class PdfA1b {

    // The JDK's own sRGB profile, read once: every render embeds the same bytes.
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private PdfA1b() {
    }

    /** Before the document opens: PDF/A-1 is built on PDF 1.4. */
    static void prepare(PdfWriter writer) {
        writer.setPDFXConformance(PdfWriter.PDFA1B);
        writer.setPdfVersion(PdfWriter.VERSION_1_4);
    }

    /** Once the document is open. */
    static void addOutputIntent(PdfWriter writer) throws IOException {
        writer.setOutputIntents("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1", SRGB);
    }

    /** Last, when the document information is complete, since the XMP copies it. */
    static void addMetadata(PdfWriter writer) {
        writer.createXmpMetadata();
    }
}
