package org.example.bulletin;

import io.github.bulletinkit.docx.DocxRenderer;
import io.github.bulletinkit.format.BulletinRenderer;
import io.github.bulletinkit.format.PageSize;
import io.github.bulletinkit.format.ReadLimits;
import io.github.bulletinkit.format.ReaderProvider;
import io.github.bulletinkit.format.RenderOptions;
import io.github.bulletinkit.markup.InlineMarkup;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.Entry;
import io.github.bulletinkit.pdf.PdfRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Builds a bulletin in Java, renders it to PDF and DOCX in the folder given as the first argument, and reads the
 * DOCX back.
 */
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

        // Reading back: the reader whose format the file's first bytes match best, here the Word reader.
        Path file = folder.resolve("bulletin.docx");
        ReaderProvider provider = ReaderProvider.forFile(file).orElseThrow();
        Bulletin read = provider.create(ReadLimits.defaults()).read(file);
        if (!read.equals(bulletin)) {
            throw new IllegalStateException("bulletin.docx does not read back as the bulletin it was written from");
        }
        System.out.println("Wrote bulletin.pdf and bulletin.docx to " + folder.toAbsolutePath()
                + ", and read bulletin.docx back with the " + provider.format() + " reader");
    }
}
