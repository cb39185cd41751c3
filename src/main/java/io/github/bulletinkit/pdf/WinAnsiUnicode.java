package io.github.bulletinkit.pdf;

import com.lowagie.text.pdf.PdfStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code /ToUnicode} map of a simple font in {@code WinAnsiEncoding}: each code the font may show, and the
 * character it is in Windows-1252. A reader can work that out from the encoding alone, as PDF/UA-1 allows, but
 * text extractors, {@code pdffonts} and some checkers look for the map itself, which OpenPDF writes only for
 * fonts in {@code Identity-H}.
 */
final class WinAnsiUnicode {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    // A CMap section holds at most 100 mappings.
    private static final int SECTION = 100;
    // Each code's line of the map, made once: null for a control code or one that Windows-1252 leaves undefined.
    private static final String[] MAPPINGS = new String[256];

    static {
        for (int code = 0x20; code <= 0xFF; code++) {
            String character = code == 0x7F ? null : character(code);
            if (character != null) {
                MAPPINGS[code] = String.format("<%02X> <%04X>", code, (int) character.charAt(0));
            }
        }
    }

    private WinAnsiUnicode() {
    }

    /** The map for the codes {@code first} to {@code last}, as a stream to compress. */
    static PdfStream of(int first, int last) {
        List<String> mappings = new ArrayList<>();
        for (int code = Math.max(first, 0); code <= Math.min(last, 0xFF); code++) {
            if (MAPPINGS[code] != null) {
                mappings.add(MAPPINGS[code]);
            }
        }
        StringBuilder cmap = new StringBuilder("""
                /CIDInit /ProcSet findresource begin
                12 dict begin
                begincmap
                /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
                /CMapName /Adobe-Identity-UCS def
                /CMapType 2 def
                1 begincodespacerange
                <00> <FF>
                endcodespacerange
                """);
        for (int start = 0; start < mappings.size(); start += SECTION) {
            List<String> section = mappings.subList(start, Math.min(start + SECTION, mappings.size()));
            cmap.append(section.size()).append(" beginbfchar\n");
            section.forEach(mapping -> cmap.append(mapping).append('\n'));
            cmap.append("endbfchar\n");
        }
        cmap.append("""
                endcmap
                CMapName currentdict /CMap defineresource pop
                end
                end
                """);
        return new PdfStream(cmap.toString().getBytes(StandardCharsets.US_ASCII));
    }

    /** The character of a code, or null for the five codes Windows-1252 leaves undefined. */
    private static String character(int code) {
        CharsetDecoder decoder = WINDOWS_1252.newDecoder().onUnmappableCharacter(CodingErrorAction.REPORT)
                .onMalformedInput(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(new byte[] {(byte) code})).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
