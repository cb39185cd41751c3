package io.github.bulletinkit.pdf;

import io.github.bulletinkit.contract.RendererContract;
import io.github.bulletinkit.format.RendererProvider;

/** The PDF renderer keeps the contract of every format; its text read back by PDFBox. */
class PdfContractTest extends RendererContract {

    @Override
    protected RendererProvider provider() {
        return new PdfRendererProvider();
    }

    @Override
    protected String text(byte[] document) {
        return PdfDocumentReader.read(document).text();
    }
}
