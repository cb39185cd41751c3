package org.example.bulletin;

import io.github.bulletinkit.markup.InlineMarkup;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.Entry;
import io.github.bulletinkit.render.BulletinRenderer;
import io.github.bulletinkit.render.PageSize;
import io.github.bulletinkit.render.RenderOptions;
import io.github.bulletinkit.render.docx.DocxRenderer;
import io.github.bulletinkit.render.pdf.PdfRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** Builds a bulletin in Java and renders it to PDF and DOCX in the folder given as the first argument. */
public final class EmbeddingExample {

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : ".");

        Bulletin bulletin = Bulletin.builder("Safeguarding Updates")
                .subtitle("December 2024")
                .publisher("Example Safeguarding Partnership")
                .entry(Entry.builder()
                        .topic("Children in need")
                        .source("Children’s Commissioner for England")
                        .published(LocalDate.of(2024, 12, 12))
                        .paragraph(InlineMarkup.parse(
                                "The Commissioner has published a report on <b>deaths of children in need</b>."))
                        .link("Read the report:", "Deaths of children in need",
                                "https://www.childrenscommissioner.gov.uk/")
                        .build())
                .build();

        // Renderers are immutable: build them once and share them between threads.
        RenderOptions options = RenderOptions.builder().pageSize(PageSize.A4).build();
        BulletinRenderer pdf = PdfRenderer.builder().options(options).build();
        BulletinRenderer docx = DocxRenderer.builder().options(options).build();

        try (OutputStream out = Files.newOutputStream(folder.resolve("bulletin.pdf"))) {
            pdf.render(bulletin, out);
        }
        try (OutputStream out = Files.newOutputStream(folder.resolve("bulletin.docx"))) {
            docx.render(bulletin, out);
        }
        System.out.println("Wrote bulletin.pdf and bulletin.docx to " + folder.toAbsolutePath());
    }
}
