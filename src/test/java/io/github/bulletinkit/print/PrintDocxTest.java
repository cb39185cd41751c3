package io.github.bulletinkit.print;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinkit.docx.DocxRenderer;
import io.github.bulletinkit.layout.QrCode;
import io.github.bulletinkit.testing.QrCodeReader;
import io.github.bulletinkit.testing.Samples;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

/** A bulletin's Word document for paper: under each link its address, and its code as a described picture. */
class PrintDocxTest {

    private static final DocxRenderer FOR_PRINT = DocxRenderer.builder().forPrint(true).build();

    @Test
    void eachLinkIsFollowedByItsAddressAndItsCodeDescribedForScreenReaders() throws IOException {
        List<String> addresses = new ArrayList<>();
        List<String> descriptions = new ArrayList<>();
        List<String> decoded = new ArrayList<>();
        List<String> styles = new ArrayList<>();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(FOR_PRINT.render(Samples.sample())))) {
            XWPFTable table = document.getTables().get(0);
            for (XWPFTableRow row : table.getRows().subList(1, table.getRows().size())) {
                XWPFTableCell links = row.getCell(1);
                links.getParagraphs().forEach(p -> styles.add(p.getStyle()));
                links.getParagraphs().stream().filter(p -> "EntryAddress".equals(p.getStyle()) && !p.getText().isEmpty())
                        .forEach(p -> addresses.add(p.getText()));
                for (var paragraph : links.getParagraphs()) {
                    for (var run : paragraph.getRuns()) {
                        for (XWPFPicture picture : run.getEmbeddedPictures()) {
                            // What Word shows as the picture's alternative text.
                            descriptions.add(run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr().getDescr());
                            assertThat(picture.getDescription()).isEqualTo(descriptions.get(descriptions.size() - 1));
                            assertThat(picture.getWidth()).isEqualTo(picture.getDepth());
                            decoded.addAll(QrCodeReader.decode(ImageIO.read(
                                    new ByteArrayInputStream(picture.getPictureData().getData()))));
                        }
                    }
                }
            }
        }

        assertThat(addresses).containsExactlyElementsOf(PrintTestBulletins.samplePrintedAddresses());
        assertThat(descriptions).containsExactlyElementsOf(
                PrintTestBulletins.sampleAddresses().stream().map(url -> "QR code for " + url).toList());
        assertThat(decoded).containsExactlyElementsOf(PrintTestBulletins.sampleAddresses());
        assertThat(styles.subList(0, 3)).containsExactly("EntryLink", "EntryAddress", "EntryAddress");
    }

    @Test
    void aCodeIsAsLargeAsInThePdf() throws IOException {
        QrCode code = QrCode.of("https://learning.nspcc.org.uk/").orElseThrow();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(FOR_PRINT.render(Samples.sample())))) {
            XWPFPicture first = document.getTables().get(0).getRow(1).getCell(1).getParagraphs().get(2).getRuns().get(0)
                    .getEmbeddedPictures().get(0);

            assertThat(first.getWidth()).isEqualTo(Units.toEMU(code.sidePoints()) / (double) Units.EMU_PER_POINT,
                    org.assertj.core.api.Assertions.within(0.01));
        }
    }

    @Test
    void anAddressTooLongForACodeIsPrintedWithoutOne() throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(
                FOR_PRINT.render(PrintTestBulletins.withALongAddress())))) {
            assertThat(document.getAllPictures()).isEmpty();
            assertThat(document.getTables().get(0).getRow(1).getCell(1).getText())
                    .contains("example.org/report?page=xxx");
        }
    }
}
