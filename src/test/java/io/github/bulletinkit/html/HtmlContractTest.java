package io.github.bulletinkit.html;

import io.github.bulletinkit.contract.RendererContract;
import io.github.bulletinkit.format.RendererProvider;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;

/** The HTML renderer keeps the contract of every format; its text read back by jsoup. */
class HtmlContractTest extends RendererContract {

    @Override
    protected RendererProvider provider() {
        return new HtmlRendererProvider();
    }

    @Override
    protected String text(byte[] document) {
        return Jsoup.parse(new String(document, StandardCharsets.UTF_8)).body().text();
    }
}
