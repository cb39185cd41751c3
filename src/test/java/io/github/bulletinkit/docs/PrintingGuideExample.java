package io.github.bulletinkit.docs;

import io.github.bulletinkit.docx.DocxRenderer;
import io.github.bulletinkit.json.BulletinJsonReader;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.pdf.PdfRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The Java of {@code docs/printing.md}, compiled and run by {@link PrintingGuideTest}. */
final class PrintingGuideExample {

    private PrintingGuideExample() {
    }

    static void handouts(Path folder) throws IOException {
        Bulletin bulletin = BulletinJsonReader.create().read(Path.of("samples/safeguarding-updates.json"));
        try (OutputStream pdf = Files.newOutputStream(folder.resolve("handout.pdf"));
                OutputStream docx = Files.newOutputStream(folder.resolve("handout.docx"))) {
            PdfRenderer.builder().forPrint(true).build().render(bulletin, pdf);
            DocxRenderer.builder().forPrint(true).build().render(bulletin, docx);
        }
    }
}
