package io.github.bulletinkit.docx;

import io.github.bulletinkit.format.RenderOptions;
import io.github.bulletinkit.layout.LayoutPlan;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.theme.WordTemplate;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * The DOCX renderer as it was before its body was streamed: the whole document built in POI's XML beans, written
 * by POI, then zipped again in a fixed order with fixed dates.
 */
final class BeanDocxWriter {

    private BeanDocxWriter() {
    }

    /** The document of {@code bulletin}; {@code template} is the Word template, or null for none. */
    static byte[] render(Bulletin bulletin, RenderOptions options, WordTemplate template) throws IOException {
        StyleSheet styleSheet = new StyleSheet(options);
        Letterhead letterhead = template == null ? null : LetterheadReader.read(template);
        WordPage page = letterhead == null ? WordPage.of(options)
                : WordPage.of(options, letterhead.size(), letterhead.margin());
        LayoutPlan plan = LayoutPlan.of(bulletin, options);
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        XWPFDocument document = new XWPFDocument();
        try {
            plan.accept(new BeanWordBody(plan, document, styleSheet, bulletin.labels(), letterhead, page));
            document.write(written);
        } finally {
            document.getPackage().revert();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReproducibleZip.copy(written.toByteArray(), Map.of(), plan.document().created(), out);
        return out.toByteArray();
    }
}
