package io.github.bulletinkit.docx;

import io.github.bulletinkit.format.RenderOptions;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.render.DocumentText;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.opc.PackageProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** The core and application properties: what File, Info in Word shows, and what search indexes read. */
final class DocumentProperties {

    private DocumentProperties() {
    }

    static void write(XWPFDocument document, Bulletin bulletin, RenderOptions options) {
        POIXMLProperties properties = document.getProperties();
        PackageProperties core = properties.getCoreProperties().getUnderlyingProperties();
        core.setTitleProperty(bulletin.title());
        core.setSubjectProperty(DocumentText.subject(bulletin));
        // POI writes "Apache POI" here unless told otherwise; an empty publisher leaves it out.
        core.setCreatorProperty(bulletin.publisher().isEmpty() ? Optional.empty() : Optional.of(bulletin.publisher()));
        core.setLanguageProperty(bulletin.language());
        // POI stamps the creation with the clock; the option's date keeps the output reproducible.
        Optional<Date> created = Optional.of(Date.from(options.createdFor(bulletin)));
        core.setCreatedProperty(created);
        core.setModifiedProperty(created);
        properties.getExtendedProperties().getUnderlyingProperties().setApplication(DocumentText.creator());
    }
}
