package io.github.bulletinkit.render.theme;

import tools.jackson.core.JsonToken;

/** Names a JSON token as a person would, for "expected a string, found a number". */
final class TokenNames {

    private TokenNames() {
    }

    static String of(JsonToken token) {
        if (token == null) {
            return "the end of the file";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.name();
        };
    }
}
