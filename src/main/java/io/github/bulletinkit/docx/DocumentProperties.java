package io.github.bulletinkit.docx;

import io.github.bulletinkit.layout.DocumentInfo;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.opc.PackageProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** The core and application properties: what File, Info in Word shows, and what search indexes read. */
final class DocumentProperties {

    private DocumentProperties() {
    }

    static void write(XWPFDocument document, DocumentInfo info) {
        POIXMLProperties properties = document.getProperties();
        PackageProperties core = properties.getCoreProperties().getUnderlyingProperties();
        core.setTitleProperty(info.title());
        core.setSubjectProperty(info.subject());
        // POI writes "Apache POI" here unless told otherwise; an empty publisher leaves it out.
        core.setCreatorProperty(info.publisher().isEmpty() ? Optional.empty() : Optional.of(info.publisher()));
        core.setLanguageProperty(info.language());
        // POI stamps the creation with the clock; the option's date keeps the output reproducible.
        Optional<Date> created = Optional.of(Date.from(info.created()));
        core.setCreatedProperty(created);
        core.setModifiedProperty(created);
        properties.getExtendedProperties().getUnderlyingProperties().setApplication(info.creator());
    }
}
