package io.github.bulletinkit.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinkit.format.RenderOptions;
import io.github.bulletinkit.layout.LayoutPlan;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.testing.Samples;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

/** The introduction of a bulletin without sections, in Word: its last paragraph stands off the table. */
class DocxIntroductionSpacingTest {

    @Test
    void theLastParagraphOfTheIntroductionKeepsThePlansSpaceBelow() throws Exception {
        Bulletin welsh = Samples.read(Path.of("samples", "diweddariadau-diogelu.json"));
        float below = LayoutPlan.of(welsh, RenderOptions.defaults()).styles().belowHeading();

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(DocxRenderer.create().render(welsh)))) {
            List<XWPFParagraph> introduction = document.getParagraphs().stream()
                    .filter(p -> "Introduction".equals(p.getStyle())).toList();
            assertThat(introduction).hasSize(1);
            assertThat(introduction.get(0).getCTP().getPPr().getSpacing().getAfter())
                    .isEqualTo(Twips.big(below));
        }
    }
}
