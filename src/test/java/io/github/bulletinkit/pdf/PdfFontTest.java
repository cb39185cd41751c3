package io.github.bulletinkit.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.BaseFont;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.Entry;
import io.github.bulletinkit.model.InvalidBulletinException;
import io.github.bulletinkit.model.Problem;
import io.github.bulletinkit.model.RichText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.fontbox.cmap.CMap;
import org.apache.fontbox.cmap.CMapParser;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The embedded font: every European script prints and copies back; what it cannot show is refused. */
class PdfFontTest {

    private static final String FIX = ": name a font that has them in the theme's fallbackFonts";

    private static final String WELSH = "Mae’r ŵyn yn y cae a’r ŷd yn y sgubor – “diolch”";
    private static final String POLISH = "Zażółć gęślą jaźń: łódź kosztuje 5 € albo 4 £";
    private static final String GREEK = "Ελληνικά: Καλημέρα κόσμε — ώρα για ενημέρωση";
    private static final String CYRILLIC = "Съешь же ещё этих мягких французских булок, да выпей чаю";

    @Test
    void printsWelshPolishGreekAndCyrillicSoThatTheyCopyBackExactly() {
        Bulletin bulletin = Bulletin.builder("Ŵyn ac ŷd – Łódź – Ελληνικά – Кириллица")
                .entry(Entry.builder()
                        .topic(GREEK)
                        .source(POLISH)
                        .published(LocalDate.of(2025, 1, 6))
                        .paragraph(WELSH)
                        .paragraph(RichText.builder().bold(POLISH).text(" ").italic(GREEK).text(" ")
                                .underline(CYRILLIC).build())
                        .link(WELSH, CYRILLIC, "https://example.org/кириллица")
                        .build())
                .build();
        PdfDocumentReader pdf = PdfDocumentReader.read(PdfRenderer.create().render(bulletin));

        assertThat(PdfDocumentReader.normalized(pdf.text())).contains(
                "Ŵyn ac ŷd – Łódź – Ελληνικά – Кириллица",
                GREEK + " Source: " + POLISH,
                WELSH,
                POLISH + " " + GREEK + " " + CYRILLIC,
                WELSH + " " + CYRILLIC);
        assertThat(pdf.links()).extracting(PdfDocumentReader.LinkArea::uri)
                .containsOnly("https://example.org/%D0%BA%D0%B8%D1%80%D0%B8%D0%BB%D0%BB%D0%B8%D1%86%D0%B0");
    }

    @Test
    void embedsEveryFontItUses() {
        Bulletin bulletin = TestBulletins.with(TestBulletins.numbered(3), TestBulletins.richEntry());
        PdfDocumentReader pdf = PdfDocumentReader.read(PdfRenderer.create().render(bulletin));

        assertThat(pdf.fonts()).isNotEmpty().allSatisfy(font -> {
            assertThat(font.embedded()).as("%s is embedded", font.name()).isTrue();
            assertThat(font.name()).matches("[A-Z]{6}\\+LiberationSans(-Bold|-Italic|-BoldItalic)?");
        });
        assertThat(pdf.fonts()).extracting(PdfDocumentReader.FontUse::name)
                .anyMatch(name -> name.endsWith("+LiberationSans"))
                .anyMatch(name -> name.endsWith("+LiberationSans-Bold"))
                .anyMatch(name -> name.endsWith("+LiberationSans-Italic"));
    }

    @Test
    void writesLatinTextInSimpleFontsAndOtherScriptsInCidFonts() {
        Bulletin bulletin = Bulletin.builder("Plain “Latin” – 5 €")
                .entry(Entry.builder().topic("Ελληνικά").source("Source").published(LocalDate.of(2025, 1, 6))
                        .paragraph("Text").build())
                .build();
        PdfDocumentReader pdf = PdfDocumentReader.read(PdfRenderer.create().render(bulletin));

        assertThat(pdf.fonts()).extracting(font -> font.name().substring(7) + " " + font.subtype())
                .contains("LiberationSans-Bold TrueType", "LiberationSans TrueType", "LiberationSans-Bold Type0");
        assertThat(PdfDocumentReader.normalized(pdf.text())).contains("Plain “Latin” – 5 €", "Ελληνικά");
    }

    @Test
    void everySimpleFontCarriesAUnicodeMapThatAgreesWithCodePage1252() throws IOException {
        Bulletin bulletin = Bulletin.builder("Plain “Latin” – 5 € … œ Ÿ")
                .entry(Entry.builder().topic("Bold ‘quotes’").source("Source").published(LocalDate.of(2025, 1, 6))
                        .paragraph(RichText.builder().text("Text ").italic("and italic — ").bold("¶ §").build())
                        .build())
                .build();
        assertThat(simpleFontUnicodeMaps(PdfRenderer.create().render(bulletin))).as("simple fonts")
                .isGreaterThanOrEqualTo(3);
    }

    /**
     * Checks the {@code ToUnicode} map of every simple font of {@code pdf} against Windows-1252, read with
     * fontbox's own CMap parser, so that the encoding cannot stand in for a missing map; returns how many.
     */
    static int simpleFontUnicodeMaps(byte[] pdf) throws IOException {
        CharsetDecoder windows1252 = Charset.forName("windows-1252").newDecoder();
        Set<String> checked = new HashSet<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    if (!(page.getResources().getFont(name) instanceof PDSimpleFont font)
                            || !checked.add(font.getName())) {
                        continue;
                    }
                    COSDictionary dictionary = font.getCOSObject();
                    assertThat(dictionary.getDictionaryObject(COSName.TO_UNICODE)).as("the ToUnicode of %s",
                            font.getName()).isInstanceOf(COSStream.class);
                    CMap map;
                    try (RandomAccessRead stream = ((COSStream) dictionary.getDictionaryObject(COSName.TO_UNICODE))
                            .createView()) {
                        map = new CMapParser().parse(stream);
                    }
                    for (int code = dictionary.getInt(COSName.FIRST_CHAR); code <= dictionary.getInt(COSName.LAST_CHAR);
                            code++) {
                        String expected;
                        try {
                            expected = windows1252.decode(ByteBuffer.wrap(new byte[] {(byte) code})).toString();
                        } catch (CharacterCodingException undefined) {
                            expected = null;
                        }
                        if (code < 0x20 || code == 0x7F) {
                            expected = null;
                        }
                        assertThat(map.toUnicode(code)).as("code %02X of %s", code, font.getName())
                                .isEqualTo(expected);
                    }
                }
            }
        }
        return checked.size();
    }

    /** {@link EmbeddedFace#canShow} takes this for granted rather than look each character up. */
    @ParameterizedTest
    @EnumSource(FontFace.class)
    void everyFaceHasAGlyphForEveryCharacterOfCodePage1252(FontFace face) {
        BaseFont simple = EmbeddedFamily.LIBERATION_SANS.face(face).font(FontFace.Encoding.WIN_ANSI);
        BaseFont cid = EmbeddedFamily.LIBERATION_SANS.face(face).font(FontFace.Encoding.IDENTITY_H);
        List<Integer> codePage = IntStream.rangeClosed(' ', Character.MAX_VALUE)
                .filter(c -> !Character.isISOControl(c) && simple.charExists(c)).boxed().toList();

        assertThat(codePage).hasSize(95 + 96 + 27); // ASCII, the upper half of Latin-1, and 27 more
        assertThat(codePage).allSatisfy(c -> assertThat(cid.charExists(c)).as("U+%04X", c).isTrue());
    }

    @Test
    void refusesEveryCharacterTheFontCannotShowNamingItsPlace() {
        Bulletin bulletin = TestBulletins.with(TestBulletins.numbered(1),
                Entry.builder().topic("Fine").source("Tests").published(LocalDate.of(2025, 1, 1))
                        .paragraph("A Chinese word: 中文.").build(),
                Entry.builder().topic("Smile 😀").source("Tests").published(LocalDate.of(2025, 1, 1))
                        .paragraph("Fine text.").link("See:", "漢字 and 中", "https://example.org").build());
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> PdfRenderer.create().render(bulletin, out))
                .isInstanceOfSatisfying(InvalidBulletinException.class, e -> assertThat(e.problems()).containsExactly(
                        Problem.at("entries[1].summary[0]", "contains U+4E2D and U+6587, which the PDF font cannot show" + FIX),
                        Problem.at("entries[2].topic", "contains U+1F600, which the PDF font cannot show"
                                + ": name a font that has it in the theme's fallbackFonts"),
                        Problem.at("entries[2].links[0]",
                                "contains U+6F22, U+5B57 and U+4E2D, which the PDF font cannot show" + FIX)));
        assertThat(out.size()).as("bytes written before the check").isZero();
    }

    @Test
    void refusesALanguageWhoseMonthNamesTheFontCannotShow() {
        Bulletin bulletin = Bulletin.builder("News").language("zh-CN")
                .entries(TestBulletins.numbered(2).entries()).build();

        assertThatThrownBy(() -> PdfRenderer.create().render(bulletin))
                .isInstanceOfSatisfying(InvalidBulletinException.class, e -> assertThat(e.problems())
                        .singleElement()
                        .satisfies(problem -> {
                            assertThat(problem.path()).isEqualTo("language");
                            assertThat(problem.message()).startsWith("\"zh-CN\" names months with U+")
                                    .endsWith("the PDF font cannot show" + FIX);
                        }));
    }
}
