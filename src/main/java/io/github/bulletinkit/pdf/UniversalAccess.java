package io.github.bulletinkit.pdf;

import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.xml.xmp.XmpWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The XMP metadata that PDF/UA-1 asks for: the document information repeated (veraPDF checks they agree),
 * {@code pdfuaid:part} 1, and when the document is archival its PDF/A-2b identification.
 */
final class UniversalAccess {

    private UniversalAccess() {
    }

    // PDF/A takes properties only of the schemas XMP defines, or of schemas the file describes: this one.
    private static final String EXTENSION = "xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\""
            + " xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\""
            + " xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\"";
    private static final String UA_SCHEMA = "<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">"
            + "<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>"
            + "<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>"
            + "<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>"
            + "<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">"
            + "<pdfaProperty:name>part</pdfaProperty:name>"
            + "<pdfaProperty:valueType>Integer</pdfaProperty:valueType>"
            + "<pdfaProperty:category>internal</pdfaProperty:category>"
            + "<pdfaProperty:description>The part of ISO 14289 the file conforms to</pdfaProperty:description>"
            + "</rdf:li></rdf:Seq></pdfaSchema:property></rdf:li></rdf:Bag></pdfaExtension:schemas>";

    /** Last, when the document information is complete, since the XMP copies it. */
    static void addMetadata(PdfWriter writer, boolean archival) {
        ByteArrayOutputStream xmp = new ByteArrayOutputStream();
        try {
            XmpWriter metadata = new XmpWriter(xmp, writer.getInfo(), writer.getPDFXConformance());
            metadata.addRdfDescription("xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"",
                    "<pdfuaid:part>1</pdfuaid:part>");
            if (archival) {
                metadata.addRdfDescription("xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"",
                        "<pdfaid:part>2</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance>");
                metadata.addRdfDescription(EXTENSION, UA_SCHEMA);
            }
            metadata.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        writer.setXmpMetadata(xmp.toByteArray());
    }
}
