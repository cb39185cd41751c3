package io.github.bulletinkit.docx;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Edits rendered documents the way Word and LibreOffice leave them, by rewriting their XML: runs split, links
 * made into fields, styles renamed, rows taken out and put in.
 */
final class WordEdits {

    static final String DOCUMENT = "word/document.xml";
    static final String STYLES = "word/styles.xml";
    static final String RELATIONSHIPS = "word/_rels/document.xml.rels";

    /** A run of text only, with or without properties. */
    private static final Pattern TEXT_RUN = Pattern.compile(
            "<w:r>((?:<w:rPr>.*?</w:rPr>)?)<w:t( xml:space=\"preserve\")?>([^<]*)</w:t></w:r>");
    private static final Pattern HYPERLINK = Pattern.compile("<w:hyperlink r:id=\"([^\"]+)\">(.*?)</w:hyperlink>");
    private static final Pattern RELATIONSHIP = Pattern.compile("Id=\"([^\"]+)\" Target=\"([^\"]+)\"");
    private static final Pattern ROW = Pattern.compile("<w:tr>.*?</w:tr>");

    private WordEdits() {
    }

    static String part(byte[] docx, String name) {
        return new String(DocxDocumentReader.entries(docx).get(name), StandardCharsets.UTF_8);
    }

    /**
     * Every run of text split after each space, as Word does where it checked spelling or a person typed; with
     * revision ids, proofing marks, a bookmark, a comment and a rendered page break between the pieces.
     */
    static String splitRuns(String document) {
        return TEXT_RUN.matcher(document).replaceAll(run -> {
            String properties = run.group(1);
            StringBuilder pieces = new StringBuilder();
            for (String piece : run.group(3).split("(?<= )")) {
                pieces.append("<w:r w:rsidR=\"00A1B2C3\">").append(properties)
                        .append("<w:t xml:space=\"preserve\">").append(piece).append("</w:t></w:r>")
                        .append("<w:proofErr w:type=\"spellStart\"/><w:bookmarkStart w:id=\"9\" w:name=\"_GoBack\"/>"
                                + "<w:bookmarkEnd w:id=\"9\"/><w:commentRangeStart w:id=\"4\"/>"
                                + "<w:r><w:lastRenderedPageBreak/></w:r><w:commentRangeEnd w:id=\"4\"/>"
                                + "<w:r><w:commentReference w:id=\"4\"/></w:r><w:proofErr w:type=\"spellEnd\"/>");
            }
            return Matcher.quoteReplacement(pieces.toString());
        });
    }

    /** Every w:hyperlink as a complex HYPERLINK field, its instruction in two pieces and a fragment after \l. */
    static String complexFields(String document, String relationships) {
        Map<String, String> targets = targets(relationships);
        return HYPERLINK.matcher(document).replaceAll(link -> {
            String[] address = targets.get(link.group(1)).split("#", 2);
            String instruction = "<w:r><w:instrText xml:space=\"preserve\"> HYPERLINK \"</w:instrText></w:r>"
                    + "<w:r><w:instrText xml:space=\"preserve\">" + address[0] + "\" "
                    + (address.length > 1 ? "\\l \"" + address[1] + "\" " : "") + "\\o \"Go there\"</w:instrText></w:r>";
            return Matcher.quoteReplacement("<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>" + instruction
                    + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + link.group(2)
                    + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>");
        });
    }

    /** Every w:hyperlink as a simple HYPERLINK field. */
    static String simpleFields(String document, String relationships) {
        Map<String, String> targets = targets(relationships);
        return HYPERLINK.matcher(document).replaceAll(link -> Matcher.quoteReplacement(
                "<w:fldSimple w:instr=\" HYPERLINK &quot;" + targets.get(link.group(1)) + "&quot; \">"
                        + link.group(2) + "</w:fldSimple>"));
    }

    /** The document without table row {@code number} (from 1, the header row included). */
    static String withoutRow(String document, int number) {
        Matcher rows = ROW.matcher(document);
        for (int i = 1; rows.find(); i++) {
            if (i == number) {
                return document.substring(0, rows.start()) + document.substring(rows.end());
            }
        }
        throw new IllegalArgumentException("no row " + number);
    }

    /** The document with {@code row} added at the end of the table. */
    static String withRow(String document, String row) {
        return document.replace("</w:tbl>", row + "</w:tbl>");
    }

    private static Map<String, String> targets(String relationships) {
        Map<String, String> targets = new LinkedHashMap<>();
        Matcher relationship = RELATIONSHIP.matcher(relationships);
        while (relationship.find()) {
            targets.put(relationship.group(1), relationship.group(2));
        }
        return targets;
    }
}
