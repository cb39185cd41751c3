package io.github.bulletinkit.odt;

import io.github.bulletinkit.layout.DocumentInfo;
import io.github.bulletinkit.model.Label;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code meta.xml}: the title, subject, language, author (the publisher), the program and the date; and,
 * as user-defined properties (File, Properties, Custom Properties in LibreOffice), what a bulletin's text cannot
 * say for itself, named as in the DOCX: the labels it overrides ({@code BulletinKit labels.source}, ...) and the
 * languages its runs are marked with ({@code BulletinKit languages}), so that the reader gives them back.
 */
final class OdtMeta {

    static final String LANGUAGES = "BulletinKit languages";
    static final String LABEL = "BulletinKit labels.";

    private OdtMeta() {
    }

    static byte[] write(DocumentInfo info, Map<Label, String> labels, List<String> languages) {
        XmlOut xml = new XmlOut(true).root("office:document-meta");
        xml.start("office:meta");
        xml.start("meta:generator").text(info.creator()).end();
        xml.start("dc:title").text(info.title()).end();
        xml.start("dc:subject").text(info.subject()).end();
        xml.start("dc:language").text(info.language()).end();
        String date = DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(info.created().atOffset(ZoneOffset.UTC)
                .toLocalDateTime().withNano(0));
        if (!info.publisher().isEmpty()) {
            xml.start("meta:initial-creator").text(info.publisher()).end();
            xml.start("dc:creator").text(info.publisher()).end();
        }
        xml.start("meta:creation-date").text(date).end();
        xml.start("dc:date").text(date).end();
        // In the labels' order, so that the same bulletin gives the same bytes.
        for (Label label : Label.values()) {
            if (labels.containsKey(label)) {
                property(xml, LABEL + label.key(), labels.get(label));
            }
        }
        if (!languages.isEmpty()) {
            property(xml, LANGUAGES, String.join(" ", languages));
        }
        xml.end();
        return xml.bytes();
    }

    private static void property(XmlOut xml, String name, String value) {
        xml.start("meta:user-defined").attribute("meta:name", name).attribute("meta:value-type", "string")
                .text(value).end();
    }
}
