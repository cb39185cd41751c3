package io.github.bulletinkit.odt;

import io.github.bulletinkit.contract.RendererContract;
import io.github.bulletinkit.format.RendererProvider;
import io.github.bulletinkit.testing.OdtTextReader;

/** The ODT renderer keeps the contract of every format; its text read back by odfpy, a reader we did not write. */
class OdtContractTest extends RendererContract {

    @Override
    protected RendererProvider provider() {
        return new OdtRendererProvider();
    }

    @Override
    protected String text(byte[] document) {
        return OdtTextReader.text(document);
    }
}
