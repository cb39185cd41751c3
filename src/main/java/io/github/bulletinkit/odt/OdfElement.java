package io.github.bulletinkit.odt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An element of a part as read: its name as {@code prefix:local} with the prefixes of {@link OdfNames} whatever
 * the file calls them ({@code {uri}local} for a namespace that is not ODF's), its attributes named alike, and
 * its children, elements and text ({@link String}s) in order.
 *
 * @param name the element's name, such as {@code text:p}
 * @param attributes its attributes by name
 * @param children its elements and texts, in order
 */
record OdfElement(String name, Map<String, String> attributes, List<Object> children) {

    String attribute(String attribute) {
        return attributes.getOrDefault(attribute, "");
    }

    boolean is(String element) {
        return name.equals(element);
    }

    /** The child elements, in order. */
    List<OdfElement> elements() {
        List<OdfElement> elements = new ArrayList<>();
        for (Object child : children) {
            if (child instanceof OdfElement element) {
                elements.add(element);
            }
        }
        return elements;
    }

    /** The first child element named {@code element}; null for none. */
    OdfElement child(String element) {
        for (Object child : children) {
            if (child instanceof OdfElement found && found.is(element)) {
                return found;
            }
        }
        return null;
    }

    /** The text of the element and all it holds. */
    String text() {
        StringBuilder text = new StringBuilder();
        for (Object child : children) {
            text.append(child instanceof OdfElement element ? element.text() : (String) child);
        }
        return text.toString();
    }
}
