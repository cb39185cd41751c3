package io.github.bulletinkit.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.officeDocument.x2006.extendedProperties.PropertiesDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FontsDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FtrDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.HdrDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.SettingsDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.WebSettingsDocument;
import org.openxmlformats.schemas.xpackage.x2006.relationships.RelationshipsDocument;
import org.xml.sax.SAXParseException;

/**
 * Validates every part of a DOCX against the OOXML schemas: the WordprocessingML parts, the relationships and
 * the application properties with POI's full schemas (XmlBeans), the content types and core properties with
 * the OPC schemas in the test resources (POI ships none for them). A part of a type it does not know is a
 * problem too, so that nothing goes unchecked.
 */
final class OoxmlSchemaValidator {

    private static final String WORD = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
    private static final Map<String, Parser> PARSERS = Map.ofEntries(
            parser(WORD + "document.main+xml", DocumentDocument.Factory::parse),
            parser(WORD + "styles+xml", StylesDocument.Factory::parse),
            parser(WORD + "settings+xml", SettingsDocument.Factory::parse),
            parser(WORD + "footer+xml", FtrDocument.Factory::parse),
            parser(WORD + "header+xml", HdrDocument.Factory::parse),
            parser(WORD + "numbering+xml", NumberingDocument.Factory::parse),
            parser(WORD + "fontTable+xml", FontsDocument.Factory::parse),
            parser(WORD + "webSettings+xml", WebSettingsDocument.Factory::parse),
            parser("application/vnd.openxmlformats-officedocument.theme+xml",
                    org.openxmlformats.schemas.drawingml.x2006.main.ThemeDocument.Factory::parse),
            parser("application/vnd.openxmlformats-officedocument.extended-properties+xml",
                    PropertiesDocument.Factory::parse),
            parser("application/vnd.openxmlformats-officedocument.custom-properties+xml",
                    org.openxmlformats.schemas.officeDocument.x2006.customProperties.PropertiesDocument.Factory::parse),
            parser("application/vnd.openxmlformats-package.relationships+xml", RelationshipsDocument.Factory::parse));
    private static final String CORE_PROPERTIES = "application/vnd.openxmlformats-package.core-properties+xml";
    private static final String CONTENT_TYPES = "[Content_Types].xml";

    private OoxmlSchemaValidator() {
    }

    /** Every schema error in every part, as {@code part: message}; empty when the document is valid. */
    static List<String> problems(byte[] docx) {
        DocxDocumentReader reader = new DocxDocumentReader(docx);
        List<String> problems = new ArrayList<>();
        problems.addAll(validate(CONTENT_TYPES, reader.parts().get(CONTENT_TYPES), "opc-contentTypes.xsd"));
        Map<String, String> types = contentTypes(reader);
        for (Map.Entry<String, byte[]> part : reader.parts().entrySet()) {
            String name = part.getKey();
            if (name.equals(CONTENT_TYPES)) {
                continue;
            }
            String type = types.get(name);
            if (type != null && type.startsWith("image/")) {
                continue; // a picture, not XML
            }
            if (CORE_PROPERTIES.equals(type)) {
                problems.addAll(validate(name, part.getValue(), "opc-coreProperties.xsd"));
            } else if (PARSERS.containsKey(type)) {
                problems.addAll(validate(name, part.getValue(), PARSERS.get(type)));
            } else {
                problems.add(name + ": no schema for its content type " + type);
            }
        }
        return problems;
    }

    /** Each part's content type, from its override or from its extension's default. */
    private static Map<String, String> contentTypes(DocxDocumentReader reader) {
        Map<String, String> defaults = new HashMap<>();
        List<String> extensions = reader.strings(CONTENT_TYPES, "/*/*[local-name()='Default']/@Extension");
        List<String> defaultTypes = reader.strings(CONTENT_TYPES, "/*/*[local-name()='Default']/@ContentType");
        for (int i = 0; i < extensions.size(); i++) {
            defaults.put(extensions.get(i).toLowerCase(Locale.ROOT), defaultTypes.get(i));
        }
        Map<String, String> types = new HashMap<>();
        for (String name : reader.parts().keySet()) {
            types.put(name, defaults.get(name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT)));
        }
        List<String> names = reader.strings(CONTENT_TYPES, "/*/*[local-name()='Override']/@PartName");
        List<String> overrides = reader.strings(CONTENT_TYPES, "/*/*[local-name()='Override']/@ContentType");
        for (int i = 0; i < names.size(); i++) {
            types.put(names.get(i).substring(1), overrides.get(i));
        }
        return types;
    }

    private static List<String> validate(String name, byte[] xml, Parser parser) {
        List<XmlError> errors = new ArrayList<>();
        try {
            XmlObject part = parser.parse(new ByteArrayInputStream(xml), new XmlOptions().setLoadLineNumbers());
            part.validate(new XmlOptions().setErrorListener(errors));
        } catch (Exception e) {
            return List.of(name + ": " + e.getMessage());
        }
        return errors.stream()
                .filter(error -> error.getSeverity() == XmlError.SEVERITY_ERROR)
                .map(error -> name + ":" + error.getLine() + ": " + error.getMessage())
                .toList();
    }

    private static List<String> validate(String name, byte[] xml, String schemaResource) {
        try {
            URL schema = OoxmlSchemaValidator.class.getResource(schemaResource);
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            Schema compiled = factory.newSchema(schema);
            compiled.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
            return List.of();
        } catch (SAXParseException e) {
            return List.of(name + ":" + e.getLineNumber() + ": " + e.getMessage());
        } catch (Exception e) {
            return List.of(name + ": " + e);
        }
    }

    private static Map.Entry<String, Parser> parser(String contentType, Parser parser) {
        return Map.entry(contentType, parser);
    }

    @FunctionalInterface
    private interface Parser {
        XmlObject parse(InputStream in, XmlOptions options) throws XmlException, IOException;
    }
}
