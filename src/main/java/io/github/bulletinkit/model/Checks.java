package io.github.bulletinkit.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.function.Supplier;

/**
 * Collects the problems of one value while its constructor checks it, then throws them all at once.
 * The same rules serve the builders, the JSON reader and the legacy importer.
 */
final class Checks {

    private final List<Problem> problems = new ArrayList<>();

    /** A required text: present, not blank, and only characters a document can hold. */
    String required(String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(Problem.at(field, value == null ? "is required" : "must not be empty"));
            return value == null ? "" : value;
        }
        return characters(field, value);
    }

    /** An optional text: absent becomes empty; present, it may hold only characters a document can hold. */
    String optional(String field, String value) {
        return value == null ? "" : characters(field, value);
    }

    /** Text whose every character can appear in a document. */
    String characters(String field, String value) {
        String bad = firstBadCharacter(value);
        if (bad != null) {
            problems.add(Problem.at(field, bad));
        }
        return value;
    }

    /** An optional URL: empty, or an absolute http, https, mailto or tel URL. */
    String url(String field, String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String bad = firstBadCharacter(value);
        bad = bad != null ? bad : urlProblem(value);
        if (bad != null) {
            problems.add(Problem.at(field, bad));
        }
        return value;
    }

    /** An optional language: empty, or a BCP 47 tag. */
    String language(String field, String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        check(isLanguageTag(value), field, () -> "\"" + value + "\" is not a BCP 47 language tag such as en-GB");
        return value;
    }

    static boolean isLanguageTag(String tag) {
        try {
            new Locale.Builder().setLanguageTag(tag);
            return !tag.isBlank();
        } catch (IllformedLocaleException e) {
            return false;
        }
    }

    <T> List<T> list(String field, List<T> values) {
        if (values == null) {
            problems.add(Problem.at(field, "is required"));
            return List.of();
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                problems.add(Problem.at(field + "[" + i + "]", "must not be null"));
            }
        }
        return values.stream().filter(v -> v != null).toList();
    }

    <T> T notNull(String field, T value) {
        if (value == null) {
            problems.add(Problem.at(field, "is required"));
        }
        return value;
    }

    void check(boolean ok, String field, Supplier<String> message) {
        if (!ok) {
            problems.add(Problem.at(field, message.get()));
        }
    }

    void add(Problem problem) {
        problems.add(problem);
    }

    /** Throws every problem collected, if there is any. */
    void done() {
        if (!problems.isEmpty()) {
            throw new InvalidBulletinException(problems);
        }
    }

    /**
     * The first character of {@code text} that cannot appear in a document, described; or null.
     * Tab and newline are allowed; other C0 controls, lone surrogates and U+FFFE/U+FFFF are not (XML 1.0
     * cannot hold them, and dropping them silently would change the text).
     */
    static String firstBadCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "contains a lone surrogate " + codePoint(c) + " at character " + (i + 1)
                        + ", which is not text";
            } else if (c < 0x20 && c != '\t' && c != '\n') {
                return "contains the control character " + codePoint(c) + " at character " + (i + 1)
                        + ", which cannot appear in a document";
            } else if (c == '\uFFFE' || c == '\uFFFF') {
                return "contains " + codePoint(c) + " at character " + (i + 1) + ", which is not a character";
            }
        }
        return null;
    }

    /** A URL's scheme, as RFC 3986 spells it, checked before the rest so that data: URLs are named as such. */
    private static final Pattern SCHEME = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*):");
    private static final Set<String> ALLOWED_SCHEMES = Set.of("http", "https", "mailto", "tel");

    /** RFC 3966's number: digits, perhaps with a leading +, and its visual separators, then any parameters. */
    private static final Pattern TELEPHONE = Pattern.compile("\\+?[0-9().-]*[0-9][0-9().-]*(;.*)?");

    static String codePoint(int c) {
        return String.format(Locale.ROOT, "U+%04X", c);
    }

    /** Why {@code value} is not an allowed URL, or null when it is one. */
    static String urlProblem(String value) {
        Matcher named = SCHEME.matcher(value);
        if (named.lookingAt() && !ALLOWED_SCHEMES.contains(named.group(1).toLowerCase(Locale.ROOT))) {
            return "\"" + value + "\" uses the scheme " + named.group(1)
                    + ":, but only http, https, mailto and tel are allowed";
        }
        if (named.lookingAt() && named.group(1).equalsIgnoreCase("tel")) {
            // A number, not a place: nothing for a URI parser to check, and "tel:" alone is no URI at all.
            return TELEPHONE.matcher(value.substring(named.end())).matches() ? null : "\"" + value
                    + "\" has no telephone number after tel:; write one such as tel:+441234567890";
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isWhitespace(value.charAt(i))) {
                return "\"" + value + "\" has a space at character " + (i + 1) + "; write it as %20";
            }
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            return "\"" + value + "\" is not a valid URL: " + e.getReason() + " at character " + (e.getIndex() + 1);
        }
        String scheme = uri.getScheme();
        if (scheme == null) {
            return "\"" + value + "\" is not an absolute URL; write it in full, starting with https://";
        }
        switch (scheme.toLowerCase(Locale.ROOT)) {
            case "http", "https" -> {
                if (uri.getHost() == null || uri.getHost().isEmpty()) {
                    return "\"" + value + "\" has no host name";
                }
            }
            case "mailto" -> {
                if (uri.getSchemeSpecificPart() == null || uri.getSchemeSpecificPart().isBlank()) {
                    return "\"" + value + "\" has no address after mailto:";
                }
            }
            default -> throw new IllegalStateException("scheme checked above: " + scheme);
        }
        return null;
    }
}
