package org.example.markdown;

import io.github.bulletinkit.contract.RendererContract;
import io.github.bulletinkit.format.RendererProvider;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;

/** The Markdown format keeps the contract of every BulletinKit format; its text read back by CommonMark. */
class MarkdownContractTest extends RendererContract {

    @Override
    protected RendererProvider provider() {
        return new MarkdownRendererProvider();
    }

    @Override
    protected String text(byte[] document) {
        return MarkdownContractTest.read(document);
    }

    /** The text a reader of the Markdown sees: CommonMark with GitHub's tables, as HTML, its text. */
    static String read(byte[] markdown) {
        var extensions = List.of(TablesExtension.create());
        Parser parser = Parser.builder().extensions(extensions).build();
        HtmlRenderer html = HtmlRenderer.builder().extensions(extensions).build();
        return Jsoup.parse(html.render(parser.parse(new String(markdown, StandardCharsets.UTF_8)))).body().text();
    }
}
