package io.github.bulletinkit.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.testing.Samples;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** The archival option writes PDF/A-2b, as veraPDF, the reference validator, judges it. */
class PdfArchivalTest {

    private static final Bulletin BULLETIN = TestBulletins.with(Samples.sample(), TestBulletins.richEntry());

    @BeforeAll
    static void startVeraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void theArchivalPdfIsPdfA2b() throws Exception {
        byte[] pdf = PdfRenderer.builder().archival(true).build().render(BULLETIN);

        assertThat(failures(pdf)).isEmpty();
        PdfDocumentReader read = PdfDocumentReader.read(pdf);
        assertThat(read.links()).isNotEmpty();
        assertThat(read.bookmarks()).hasSameSizeAs(BULLETIN.entries());
    }

    @Test
    void theOrdinaryPdfDoesNotClaimToBe() throws Exception {
        assertThat(failures(PdfRenderer.create().render(BULLETIN))).isNotEmpty();
    }

    /** The PDF/A-2b rules the document breaks, each with where; empty when it conforms. */
    private static List<String> failures(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                PDFAFlavour.PDFA_2_B)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false);
            ValidationResult result = validator.validate(parser);
            List<String> failures = result.getTestAssertions().stream()
                    .filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
                    .map(assertion -> assertion.getRuleId().getClause() + ": " + assertion.getMessage())
                    .distinct().toList();
            assertThat(result.isCompliant()).isEqualTo(failures.isEmpty());
            return failures;
        }
    }
}
