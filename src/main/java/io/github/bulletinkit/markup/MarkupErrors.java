package io.github.bulletinkit.markup;

import java.util.Optional;
import org.jsoup.parser.ParseError;

/**
 * Turns jsoup's parse errors into messages, keeping only those that mean the markup is not what its
 * author meant. A lone {@code <} or {@code &} also raises a jsoup error, but the text survives it.
 */
final class MarkupErrors {

    /** The start of the message for a link inside a link, whose other symptoms are then not repeated. */
    static final String NESTED_LINK = "a link is inside another link";

    private MarkupErrors() {
    }

    static Optional<String> describe(ParseError error, String html) {
        String message = error.getErrorMessage();
        // jsoup gives the position after the token; a person wants where the token starts.
        int end = Math.max(0, Math.min(error.getPosition(), html.length()) - 1);
        char lead = message.startsWith("Invalid character reference") ? '&' : '<';
        String at = " at character " + (html.lastIndexOf(lead, end) + 1);
        if (message.startsWith("Unexpected character") && message.contains("[TagOpen]")) {
            return Optional.empty(); // "a < b", "<5": the < stays text
        }
        if (message.contains("invalid named reference")) {
            return Optional.empty(); // "Tom & Jerry", "&foo;": the & stays text
        }
        if (message.startsWith("Unexpected EOF token")) {
            return Optional.empty(); // reported as the element that is never closed
        }
        if (message.startsWith("Unexpected EndTag token")) {
            return Optional.of(token(message) + at + " does not match the tag open there");
        }
        if (message.startsWith("Unexpected StartTag token") && token(message).startsWith("<a")) {
            return Optional.of(NESTED_LINK + at);
        }
        if (message.startsWith("Unexpectedly reached end of file")) {
            return Optional.of("the text ends inside a tag; write &lt; for a < that is not markup");
        }
        if (message.startsWith("Invalid character reference")) {
            return Optional.of("the character reference" + at + " is not a character a document can hold");
        }
        return Optional.of("malformed markup" + at + ": " + message);
    }

    /** The token jsoup quotes in brackets: {@code </i>} in {@code Unexpected EndTag token [</i>] when…}. */
    private static String token(String message) {
        int open = message.indexOf('[');
        int close = message.indexOf(']', open + 1);
        return open >= 0 && close > open ? message.substring(open + 1, close) : message;
    }
}
