package io.github.bulletinkit.odt;

import static io.github.bulletinkit.odt.OdtStyles.pt;

import io.github.bulletinkit.layout.QrCode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The pictures of a document, each stored once in {@code Pictures/}: the logo, and on paper the links' QR codes,
 * drawn as SVG (a square for each dark module, so that they print sharp at any size). Belongs to one render.
 */
final class Pictures {

    /** A picture's bytes and media type. */
    record Picture(byte[] bytes, String mediaType) {
    }

    private final Map<String, Picture> pictures = new LinkedHashMap<>();
    private final Map<String, String> codes = new LinkedHashMap<>();
    /** Frames drawn so far: a frame's name must be unique in the document. */
    private int frames;

    /** Stores a picture; returns its path in the package. */
    String add(byte[] bytes, String mediaType) {
        String extension = switch (mediaType) {
            case "image/png" -> "png";
            case "image/jpeg" -> "jpg";
            case "image/svg+xml" -> "svg";
            default -> mediaType.substring(mediaType.indexOf('/') + 1).toLowerCase(Locale.ROOT);
        };
        String path = "Pictures/picture-" + (pictures.size() + 1) + "." + extension;
        pictures.put(path, new Picture(bytes, mediaType));
        return path;
    }

    /** Stores the picture of a code, once for each address; returns its path. */
    String add(QrCode code) {
        return codes.computeIfAbsent(code.address(), address -> add(svg(code), "image/svg+xml"));
    }

    /** Every picture, by its path, in the order stored. */
    Map<String, Picture> all() {
        return pictures;
    }

    /**
     * A frame in the paragraph that is open, as a character of its line, showing the picture at {@code path} at
     * the size given in points, with {@code description} as its title and description: alternative text.
     */
    void frame(XmlOut xml, String name, String path, float width, float height, String description) {
        xml.start("draw:frame").attribute("draw:name", name + " " + (++frames))
                .attribute("text:anchor-type", "as-char").attribute("svg:width", pt(width))
                .attribute("svg:height", pt(height)).attribute("draw:z-index", "0");
        xml.empty("draw:image").attribute("xlink:href", path).attribute("xlink:type", "simple")
                .attribute("xlink:show", "embed").attribute("xlink:actuate", "onLoad")
                .attribute("draw:mime-type", pictures.get(path).mediaType());
        xml.start("svg:title").text(description).end();
        xml.start("svg:desc").text(description).end();
        xml.end();
    }

    private static byte[] svg(QrCode code) {
        int side = code.sizeWithQuietZone();
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < code.size(); y++) {
            for (int x = 0; x < code.size(); x++) {
                if (code.isDark(x, y)) {
                    path.append('M').append(x + QrCode.QUIET_ZONE).append(' ').append(y + QrCode.QUIET_ZONE)
                            .append("h1v1h-1z");
                }
            }
        }
        String millimetres = String.format(Locale.ROOT, "%.1fmm", side * QrCode.MODULE_MILLIMETRES);
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + side + " " + side + "\" width=\""
                + millimetres + "\" height=\"" + millimetres + "\" shape-rendering=\"crispEdges\"><rect width=\"" + side
                + "\" height=\"" + side + "\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
        return svg.getBytes(StandardCharsets.UTF_8);
    }
}
