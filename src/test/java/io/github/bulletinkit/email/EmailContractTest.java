package io.github.bulletinkit.email;

import io.github.bulletinkit.contract.RendererContract;
import io.github.bulletinkit.format.RendererProvider;
import org.jsoup.Jsoup;

/** The email renderer keeps the contract of every format; its HTML part read back by Jakarta Mail and jsoup. */
class EmailContractTest extends RendererContract {

    @Override
    protected RendererProvider provider() {
        return new EmailRendererProvider();
    }

    @Override
    protected String text(byte[] document) {
        try {
            return Jsoup.parse(EmailMessage.read(document).html()).body().text();
        } catch (Exception e) {
            throw new IllegalStateException("the email cannot be read back", e);
        }
    }
}
