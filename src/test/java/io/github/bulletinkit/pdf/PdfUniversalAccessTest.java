package io.github.bulletinkit.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinkit.format.RenderOptions;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.Entry;
import io.github.bulletinkit.testing.ExternalTool;
import io.github.bulletinkit.testing.LargeBulletins;
import io.github.bulletinkit.testing.RandomBulletins;
import io.github.bulletinkit.testing.Samples;
import io.github.bulletinkit.testing.TestThemes;
import io.github.bulletinkit.theme.Theme;
import io.github.bulletinkit.theme.Typeface;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** Every PDF is tagged and valid PDF/UA-1, and the archival one PDF/A-2b as well, as veraPDF judges them. */
class PdfUniversalAccessTest {

    static Stream<Arguments> bulletins() {
        Bulletin tall = TestBulletins.with(TestBulletins.numbered(3), Entry.builder()
                .topic("A row taller than a page").source("Tests").published(LocalDate.of(2025, 1, 1))
                .paragraph(TestBulletins.words(2500)).link("Read:", "The long one", "https://example.org/long")
                .build());
        Bulletin scripts = Bulletin.builder("Every script")
                .entries(RandomBulletins.seeds(8).mapToObj(RandomBulletins::bulletin)
                        .flatMap(bulletin -> bulletin.entries().stream()).toList())
                .build();
        return Stream.of(
                Arguments.of("the sample", TestBulletins.with(Samples.sample(), TestBulletins.richEntry()),
                        RenderOptions.defaults()),
                Arguments.of("120 entries", LargeBulletins.of(120), RenderOptions.defaults()),
                Arguments.of("a row taller than a page", tall, RenderOptions.defaults()),
                Arguments.of("every script", scripts, RenderOptions.defaults()),
                Arguments.of("a themed bulletin", Samples.sample(),
                        RenderOptions.builder().theme(TestThemes.organisation()).build()),
                Arguments.of("for print, with QR codes", Samples.sample(), RenderOptions.builder().forPrint(true).build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bulletins")
    void passesPdfUa1(String what, Bulletin bulletin, RenderOptions options) throws Exception {
        byte[] pdf = PdfRenderer.builder().options(options).build().render(bulletin);
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).as(what).isEmpty();
    }

    /**
     * A theme in an OpenType typeface with CFF outlines, which OpenPDF embeds whole as {@code Type1C}: TeX Gyre
     * Heros, from Debian's {@code fonts-texgyre}; missing, the test is skipped, unless
     * {@code BULLETINKIT_REQUIRE_TOOLS=true}.
     */
    @Test
    void aThemeInAnOpenTypeCffTypefacePassesPdfUa1AndArchivedPdfA2b() throws Exception {
        Path folder = Path.of("/usr/share/texmf/fonts/opentype/public/tex-gyre");
        List<Path> faces = Stream.of("regular", "bold", "italic", "bolditalic")
                .map(face -> folder.resolve("texgyreheros-" + face + ".otf")).toList();
        if (!faces.stream().allMatch(Files::isRegularFile)) {
            ExternalTool.missing("TeX Gyre Heros (Debian's fonts-texgyre) is not installed");
        }
        Typeface heros = Typeface.of(Files.readAllBytes(faces.get(0)), Files.readAllBytes(faces.get(1)),
                Files.readAllBytes(faces.get(2)), Files.readAllBytes(faces.get(3)));
        PdfRenderer.Builder renderer = PdfRenderer.builder()
                .theme(Theme.builder().typeface(heros).logo(TestThemes.organisation().logo().orElseThrow()).build());
        Bulletin bulletin = TestBulletins.with(Samples.sample(), TestBulletins.richEntry());

        byte[] pdf = renderer.build().render(bulletin);
        // Latin text in simple fonts of its CFF outlines (Type1C), each with its Unicode map.
        assertThat(PdfDocumentReader.read(pdf).fonts()).anyMatch(font -> font.name().contains("TeXGyreHeros")
                && font.subtype().equals("Type1"));
        assertThat(PdfFontTest.simpleFontUnicodeMaps(pdf)).isGreaterThanOrEqualTo(2);
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).as("PDF/UA-1").isEmpty();
        byte[] archival = renderer.archival(true).build().render(bulletin);
        assertThat(VeraPdf.failures(archival, PDFAFlavour.PDFA_2_B)).as("PDF/A-2b").isEmpty();
        assertThat(VeraPdf.failures(archival, PDFAFlavour.PDFUA_1)).as("PDF/UA-1, archival").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bulletins")
    void theArchivalPdfPassesPdfA2bAndPdfUa1(String what, Bulletin bulletin, RenderOptions options) throws Exception {
        byte[] pdf = PdfRenderer.builder().options(options).archival(true).build().render(bulletin);
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_B)).as("PDF/A-2b, %s", what).isEmpty();
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).as("PDF/UA-1, %s", what).isEmpty();
    }
}
