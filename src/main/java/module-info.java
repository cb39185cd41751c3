/**
 * BulletinKit: an immutable model of news bulletins, their JSON format, an importer for old exports, and
 * renderers to PDF, DOCX, ODT, HTML and email.
 *
 * <p>Formats are found with {@link java.util.ServiceLoader}: renderers through
 * {@link io.github.bulletinkit.format.RendererProvider}, readers through
 * {@link io.github.bulletinkit.format.ReaderProvider}. The command-line tool's package and the {@code internal}
 * packages are not exported.
 */
module io.github.bulletinkit {
    requires tools.jackson.core;
    requires org.jsoup;
    requires com.github.librepdf.openpdf;
    requires com.github.librepdf.pdfFontsExtra;
    requires org.apache.poi.poi;
    requires org.apache.poi.ooxml;
    requires jakarta.mail;
    requires org.apache.commons.io;
    requires com.google.zxing;
    requires java.desktop;
    requires java.xml;
    requires static info.picocli;

    exports io.github.bulletinkit;
    exports io.github.bulletinkit.model;
    exports io.github.bulletinkit.markup;
    exports io.github.bulletinkit.json;
    exports io.github.bulletinkit.legacy;
    exports io.github.bulletinkit.format;
    exports io.github.bulletinkit.layout;
    exports io.github.bulletinkit.render;
    exports io.github.bulletinkit.theme;
    exports io.github.bulletinkit.pdf;
    exports io.github.bulletinkit.docx;
    exports io.github.bulletinkit.odt;
    exports io.github.bulletinkit.html;
    exports io.github.bulletinkit.email;

    // picocli reads the command classes' annotations and fields.
    opens io.github.bulletinkit.cli to info.picocli;

    uses io.github.bulletinkit.format.RendererProvider;
    uses io.github.bulletinkit.format.ReaderProvider;

    provides io.github.bulletinkit.format.RendererProvider with
            io.github.bulletinkit.pdf.PdfRendererProvider,
            io.github.bulletinkit.docx.DocxRendererProvider,
            io.github.bulletinkit.odt.OdtRendererProvider,
            io.github.bulletinkit.html.HtmlRendererProvider,
            io.github.bulletinkit.email.EmailRendererProvider;

    provides io.github.bulletinkit.format.ReaderProvider with
            io.github.bulletinkit.docx.DocxBulletinReaderProvider,
            io.github.bulletinkit.odt.OdtBulletinReaderProvider,
            io.github.bulletinkit.json.BulletinJsonReaderProvider,
            io.github.bulletinkit.legacy.LegacyExportReaderProvider;
}
