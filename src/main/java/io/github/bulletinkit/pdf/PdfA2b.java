package io.github.bulletinkit.pdf;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;

/**
 * What makes a document PDF/A-2b beyond what every document has (embedded fonts, no encryption, tags): PDF 1.7,
 * an sRGB output intent, and the identification in the XMP metadata ({@link UniversalAccess}).
 *
 * <p>Not PDF/A-1b: under PDF/A-1 OpenPDF writes a CIDSet for every CID font, listing the glyphs the document
 * uses, while the subset it embeds also holds the parts of composite glyphs (Greek letters with accents, for
 * one). PDF/A-1 demands a CIDSet and PDF/UA-1 refuses an incomplete one, so no PDF/A-1 file of ours could pass
 * both. PDF/A-2 makes the CIDSet optional, and OpenPDF leaves it out when asked.
 */
final class PdfA2b {

    // The JDK's own sRGB profile, read once: every render embeds the same bytes.
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private PdfA2b() {
    }

    /** Once the document is open. */
    static void addOutputIntent(PdfWriter writer) throws IOException {
        writer.setOutputIntents("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1", SRGB);
        // OpenPDF marks the intent GTS_PDFA1, the subtype of every PDF/A part, only under its PDF/A-1 mode.
        PdfArray intents = writer.getExtraCatalog().getAsArray(PdfName.OUTPUTINTENTS);
        intents.getAsDict(0).put(PdfName.S, PdfName.GTS_PDFA1);
    }
}
