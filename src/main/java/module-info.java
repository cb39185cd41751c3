/**
 * BulletinKit: an immutable model of news bulletins, their JSON format, an importer for old exports, and
 * renderers to PDF, DOCX, HTML and email.
 *
 * <p>Renderers are found with {@link java.util.ServiceLoader} through
 * {@link io.github.bulletinkit.render.RendererProvider}; the command-line tool's package is not exported.
 */
module io.github.bulletinkit {
    requires tools.jackson.core;
    requires org.jsoup;
    requires com.github.librepdf.openpdf;
    requires com.github.librepdf.pdfFontsExtra;
    requires org.apache.poi.poi;
    requires org.apache.poi.ooxml;
    requires jakarta.mail;
    requires com.google.zxing;
    requires java.desktop;
    requires java.xml;
    requires static info.picocli;

    exports io.github.bulletinkit;
    exports io.github.bulletinkit.model;
    exports io.github.bulletinkit.markup;
    exports io.github.bulletinkit.json;
    exports io.github.bulletinkit.legacy;
    exports io.github.bulletinkit.render;
    exports io.github.bulletinkit.render.theme;
    exports io.github.bulletinkit.render.pdf;
    exports io.github.bulletinkit.render.docx;
    exports io.github.bulletinkit.render.html;
    exports io.github.bulletinkit.render.email;

    // picocli reads the command classes' annotations and fields.
    opens io.github.bulletinkit.cli to info.picocli;

    uses io.github.bulletinkit.render.RendererProvider;

    provides io.github.bulletinkit.render.RendererProvider with
            io.github.bulletinkit.render.pdf.PdfRendererProvider,
            io.github.bulletinkit.render.docx.DocxRendererProvider,
            io.github.bulletinkit.render.html.HtmlRendererProvider,
            io.github.bulletinkit.render.email.EmailRendererProvider;
}
