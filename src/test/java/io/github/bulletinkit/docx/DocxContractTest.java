package io.github.bulletinkit.docx;

import io.github.bulletinkit.contract.RendererContract;
import io.github.bulletinkit.format.RendererProvider;

/** The DOCX renderer keeps the contract of every format; its text read back by POI. */
class DocxContractTest extends RendererContract {

    @Override
    protected RendererProvider provider() {
        return new DocxRendererProvider();
    }

    @Override
    protected String text(byte[] document) {
        return new DocxDocumentReader(document).text();
    }
}
