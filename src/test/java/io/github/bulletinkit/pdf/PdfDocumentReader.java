package io.github.bulletinkit.pdf;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;

/**
 * What a PDF says, read with PDFBox, a reader independent of the writer: each page's text, its links and
 * fonts, the document information, the language and the bookmarks.
 */
record PdfDocumentReader(List<String> pages, List<PDRectangle> pageSizes, List<LinkArea> links, List<FontUse> fonts, PDDocumentInformation info,
        String language, boolean displaysTitle, List<Bookmark> bookmarks) {

    /** A link annotation: its page (from 0), its target, and the text under it. */
    record LinkArea(int page, String uri, String text) {
    }

    /** A font a page uses: its name, whether embedded, and its subtype ({@code TrueType}, {@code Type0}, ...). */
    record FontUse(String name, boolean embedded, String subtype) {
    }

    /** A bookmark: its title, its page (from 0) and the height it points at. */
    record Bookmark(String title, int page, int top) {
    }

    static PdfDocumentReader read(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            List<PDRectangle> sizes = new ArrayList<>();
            List<LinkArea> links = new ArrayList<>();
            List<FontUse> fonts = new ArrayList<>();
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                PDPage page = document.getPage(i);
                sizes.add(page.getMediaBox());
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(i + 1);
                stripper.setEndPage(i + 1);
                pages.add(stripper.getText(document));
                links.addAll(links(page, i));
                fonts(page.getResources(), fonts);
            }
            var catalog = document.getDocumentCatalog();
            var preferences = catalog.getViewerPreferences();
            List<Bookmark> bookmarks = new ArrayList<>();
            if (catalog.getDocumentOutline() != null) {
                for (PDOutlineItem item : catalog.getDocumentOutline().children()) {
                    PDPageXYZDestination destination = (PDPageXYZDestination) item.getDestination();
                    bookmarks.add(new Bookmark(item.getTitle(), document.getPages().indexOf(destination.getPage()),
                            destination.getTop()));
                }
            }
            return new PdfDocumentReader(pages, sizes, links, fonts, document.getDocumentInformation(),
                    catalog.getLanguage(), preferences != null && preferences.displayDocTitle(), bookmarks);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text of each page between {@code left} and {@code right}, in points from the page's left edge, above
     * its bottom margin (where the footer is): one column of the table, for a row that breaks across pages
     * writes its cells a page's part at a time, and a column's text is whole only when read apart from the other.
     */
    static List<String> column(byte[] pdf, float left, float right, float bottomMargin) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                PDFTextStripperByArea stripper = new PDFTextStripperByArea();
                float height = page.getMediaBox().getHeight();
                stripper.addRegion("column", new Rectangle2D.Float(left, 0, right - left, height - bottomMargin));
                stripper.extractRegions(page);
                pages.add(stripper.getTextForRegion("column"));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of every page, in order, each page in the order it was written: cell by cell. */
    String text() {
        return String.join("", pages);
    }

    /**
     * The text with each run of white space made one space, and words that a line break split after a
     * hyphen joined again.
     */
    static String normalized(String text) {
        return text.replaceAll("(\\S-)\\s*\\R\\s*", "$1").replaceAll("\\s+", " ").trim();
    }

    private static List<LinkArea> links(PDPage page, int index) throws IOException {
        List<LinkArea> links = new ArrayList<>();
        PDRectangle box = page.getMediaBox();
        List<PDAnnotationLink> annotations = new ArrayList<>();
        PDFTextStripperByArea stripper = new PDFTextStripperByArea();
        for (PDAnnotation annotation : page.getAnnotations()) {
            if (annotation instanceof PDAnnotationLink link) {
                PDRectangle r = link.getRectangle();
                // The stripper measures from the top of the page and takes a glyph by its left edge: half a
                // point of slack finds the first glyph, and the region stops before the glyph after the link.
                stripper.addRegion(Integer.toString(annotations.size()), new Rectangle2D.Float(
                        r.getLowerLeftX() - 0.5f, box.getHeight() - r.getUpperRightY() - 1, r.getWidth() - 0.5f,
                        r.getHeight() + 2));
                annotations.add(link);
            }
        }
        stripper.extractRegions(page);
        for (int i = 0; i < annotations.size(); i++) {
            String uri = annotations.get(i).getAction() instanceof PDActionURI action ? action.getURI() : null;
            links.add(new LinkArea(index, uri, stripper.getTextForRegion(Integer.toString(i)).strip()));
        }
        return links;
    }

    private static void fonts(PDResources resources, List<FontUse> fonts) throws IOException {
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            fonts.add(new FontUse(font.getName(), font.isEmbedded(), font.getSubType()));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDFormXObject form && form.getResources() != null) {
                fonts(form.getResources(), fonts);
            }
        }
    }
}
