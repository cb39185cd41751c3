package io.github.bulletinkit.print;

import static io.github.bulletinkit.testing.QrCodeReader.squeezed;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinkit.docx.DocxRenderer;
import io.github.bulletinkit.format.RenderOptions;
import io.github.bulletinkit.layout.PrintedAddress;
import io.github.bulletinkit.pdf.PdfRenderer;
import io.github.bulletinkit.testing.QrCodeReader;
import io.github.bulletinkit.testing.Samples;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

/** A bulletin's PDF for paper: every link's address printed, and a QR code that a camera reads it from. */
class PrintPdfTest {

    private static final PdfRenderer FOR_PRINT = PdfRenderer.builder().forPrint(true).build();

    @Test
    void everyLinkOfTheSampleDecodesExactlyFromThePagesAt300Dpi() throws IOException {
        byte[] pdf = FOR_PRINT.render(Samples.sample());

        List<String> decoded = QrCodeReader.decodeAll(QrCodeReader.pages(pdf));

        assertThat(decoded).hasSize(14).containsExactlyInAnyOrderElementsOf(PrintTestBulletins.sampleAddresses());
    }

    @Test
    void everyAddressIsPrintedInItsReadableForm() throws IOException {
        String text = squeezed(QrCodeReader.text(FOR_PRINT.render(Samples.sample())));

        assertThat(PrintTestBulletins.samplePrintedAddresses()).contains("learning.nspcc.org.uk",
                "www.gov.uk/government/organisations/department-for-education", "bills.parliament.uk");
        for (String printed : PrintTestBulletins.samplePrintedAddresses()) {
            assertThat(text).contains(printed);
        }
        assertThat(text).doesNotContain("https://");
    }

    @Test
    void theCodesAreVectorShapesNotPictures() throws IOException {
        try (PDDocument document = Loader.loadPDF(FOR_PRINT.render(Samples.sample()))) {
            int forms = 0;
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    PDXObject object = page.getResources().getXObject(name);
                    assertThat(object).isNotInstanceOf(PDImageXObject.class);
                    // The codes' forms are square; the footer's page count is a form too.
                    if (object instanceof PDFormXObject form && form.getBBox().getWidth() == form.getBBox().getHeight()) {
                        forms++;
                    }
                }
            }
            assertThat(forms).isEqualTo(14);
        }
    }

    @Test
    void anAddressTooLongForACodeIsPrintedWithoutOne() throws IOException {
        byte[] pdf = FOR_PRINT.render(PrintTestBulletins.withALongAddress());

        assertThat(QrCodeReader.decodeAll(QrCodeReader.pages(pdf))).isEmpty();
        assertThat(squeezed(QrCodeReader.text(pdf)))
                .contains(PrintedAddress.of(PrintTestBulletins.addressOf(300)).text());
    }

    @Test
    void withoutPrintTheBytesAreThoseOfANormalRender() throws IOException {
        RenderOptions notForPrint = RenderOptions.builder().forPrint(false).build();

        assertThat(PdfRenderer.builder().options(notForPrint).build().render(Samples.sample()))
                .isEqualTo(PdfRenderer.create().render(Samples.sample()));
        assertThat(PdfRenderer.builder().forPrint(false).build().render(Samples.sample()))
                .isEqualTo(PdfRenderer.create().render(Samples.sample()));
        assertThat(DocxRenderer.builder().forPrint(false).build().render(Samples.sample()))
                .isEqualTo(DocxRenderer.create().render(Samples.sample()));
        assertThat(QrCodeReader.decodeAll(QrCodeReader.pages(PdfRenderer.create().render(Samples.sample()))))
                .isEmpty();
    }
}
