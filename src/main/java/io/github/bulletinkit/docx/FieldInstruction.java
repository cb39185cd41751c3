package io.github.bulletinkit.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A field's instruction, such as {@code HYPERLINK "https://example.org/" \o "tip"}, as far as the reader needs
 * it: Word writes hyperlinks as fields when they are pasted or typed, LibreOffice when they have a fragment.
 *
 * @param hyperlink whether it is a {@code HYPERLINK} field
 * @param url the address, or empty
 * @param anchor the place inside the document ({@code \l}), or empty
 */
record FieldInstruction(boolean hyperlink, String url, String anchor) {

    private static final FieldInstruction OTHER = new FieldInstruction(false, "", "");

    static FieldInstruction parse(String instruction) {
        List<String> tokens = new ArrayList<>();
        List<Boolean> quoted = new ArrayList<>();
        tokens(instruction, tokens, quoted);
        if (tokens.isEmpty() || quoted.get(0) || !tokens.get(0).toUpperCase(Locale.ROOT).equals("HYPERLINK")) {
            return OTHER;
        }
        String url = "";
        String anchor = "";
        for (int i = 1; i < tokens.size(); i++) {
            String token = tokens.get(i);
            boolean isSwitch = !quoted.get(i) && token.startsWith("\\");
            if (isSwitch) {
                // \l names a place in the document; \o (tooltip) and \t (frame) take an argument we do not need.
                String name = token.toLowerCase(Locale.ROOT);
                boolean takesArgument = name.equals("\\l") || name.equals("\\o") || name.equals("\\t");
                if (takesArgument && i + 1 < tokens.size()) {
                    i++;
                    if (name.equals("\\l")) {
                        anchor = tokens.get(i);
                    }
                }
            } else if (url.isEmpty()) {
                url = token;
            }
        }
        return new FieldInstruction(true, url, anchor);
    }

    /** Splits on white space; a quoted argument is one token, in which {@code \\} and {@code \"} escape. */
    private static void tokens(String text, List<String> tokens, List<Boolean> quoted) {
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"') {
                StringBuilder token = new StringBuilder();
                for (i++; i < text.length() && text.charAt(i) != '"'; i++) {
                    char d = text.charAt(i);
                    char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
                    if (d == '\\' && (next == '"' || next == '\\')) {
                        d = text.charAt(++i);
                    }
                    token.append(d);
                }
                i++;
                tokens.add(token.toString());
                quoted.add(true);
            } else {
                int start = i;
                while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                tokens.add(text.substring(start, i));
                quoted.add(false);
            }
        }
    }
}
