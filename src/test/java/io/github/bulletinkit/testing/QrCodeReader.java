package io.github.bulletinkit.testing;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads QR codes back from a PDF's pixels, as a phone would from paper: each page rendered by PDFBox at 300 dpi,
 * a printer's resolution, then every code on it found and decoded by ZXing.
 */
public final class QrCodeReader {

    public static final int DPI = 300;

    private QrCodeReader() {
    }

    /** The pages of {@code pdf} as images at {@link #DPI}. */
    public static List<BufferedImage> pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            List<BufferedImage> pages = new ArrayList<>();
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                pages.add(renderer.renderImageWithDPI(i, DPI));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<BufferedImage> pages(Path pdf) throws IOException {
        return pages(java.nio.file.Files.readAllBytes(pdf));
    }

    /** What every code on every page reads as, page by page, each page's codes from the top down. */
    public static List<String> decodeAll(List<BufferedImage> pages) {
        List<String> texts = new ArrayList<>();
        for (BufferedImage page : pages) {
            texts.addAll(decode(page));
        }
        return texts;
    }

    /** What every code on {@code page} reads as, from the top down; empty when there is none. */
    public static List<String> decode(BufferedImage page) {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page)));
        try {
            Result[] found = new QRCodeMultiReader().decodeMultiple(bitmap, Map.of(DecodeHintType.TRY_HARDER, true));
            return Arrays.stream(found)
                    .sorted((a, b) -> Float.compare(a.getResultPoints()[0].getY(), b.getResultPoints()[0].getY()))
                    .map(Result::getText)
                    .toList();
        } catch (NotFoundException e) {
            return List.of();
        }
    }

    /** The text of {@code pdf}, as PDFBox extracts it. */
    public static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Without white space, which lines wrapped in other places change. */
    public static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }
}
