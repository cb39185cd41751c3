package io.github.bulletinkit.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinkit.format.Margins;
import io.github.bulletinkit.format.Orientation;
import io.github.bulletinkit.format.PageSize;
import io.github.bulletinkit.format.RenderOptions;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.testing.Samples;
import io.github.bulletinkit.testing.ScriptFonts;
import io.github.bulletinkit.theme.Rgb;
import io.github.bulletinkit.theme.Theme;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every part of every document validates against the OOXML schemas. */
class DocxSchemaValidityTest {

    static Stream<Arguments> documents() {
        RenderOptions landscape = RenderOptions.builder().pageSize(PageSize.LETTER).orientation(Orientation.LANDSCAPE)
                .margins(Margins.millimetres(10)).baseFontSize(11.5f).informationShare(0.5f)
                .theme(Theme.builder().accent(Rgb.parse("#FFE599")).build()).build();
        return Stream.of(
                Arguments.of("the sample", Samples.sample(), RenderOptions.defaults()),
                Arguments.of("a minimal bulletin", TestBulletins.minimal(), RenderOptions.defaults()),
                Arguments.of("every kind of text", TestBulletins.rich(), RenderOptions.defaults()),
                Arguments.of("four scripts", TestBulletins.multilingual(), RenderOptions.defaults()),
                Arguments.of("Arabic, right to left", Samples.read(Path.of("samples", "tahdithat-alhimaya.json")),
                        RenderOptions.defaults()),
                Arguments.of("entries in six scripts, with fallback fonts",
                        Samples.read(Path.of("samples", "community-languages.json")),
                        RenderOptions.builder().theme(ScriptFonts.theme()).build()),
                Arguments.of("the sample on Letter landscape", Samples.sample(), landscape));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void everyPartIsValid(String name, Bulletin bulletin, RenderOptions options) {
        byte[] docx = DocxRenderer.builder().options(options).build().render(bulletin);

        assertThat(OoxmlSchemaValidator.problems(docx)).isEmpty();
    }

    @Test
    void theValidatorFindsBrokenParts() {
        byte[] docx = DocxRenderer.create().render(TestBulletins.minimal());
        byte[] broken = ZipParts.replace(docx, "word/document.xml",
                part -> part.replace("<w:tblGrid>", "<w:tblGrid><w:bogus/>"));

        assertThat(OoxmlSchemaValidator.problems(broken)).singleElement().asString()
                .startsWith("word/document.xml:");
    }

    @Test
    void theValidatorFindsBrokenCoreProperties() {
        byte[] docx = DocxRenderer.create().render(TestBulletins.minimal());
        byte[] broken = ZipParts.replace(docx, "docProps/core.xml",
                part -> part.replace("2025-03-04T00:00:00Z", "4 March 2025"));

        assertThat(OoxmlSchemaValidator.problems(broken)).isNotEmpty()
                .allSatisfy(problem -> assertThat(problem).startsWith("docProps/core.xml:"));
    }
}
