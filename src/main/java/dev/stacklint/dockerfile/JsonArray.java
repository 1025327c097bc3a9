package dev.stacklint.dockerfile;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * The exec form of an instruction: a JSON array of strings, read with Jackson. Docker falls back to the shell
 * form when the text is not a JSON array, but rejects an array holding anything other than strings.
 */
final class JsonArray {
    private static final JsonFactory JSON = new JsonFactory();

    /** An element: its decoded value and its place (quotes included) in the parsed text. */
    record Element(String value, int start, int end) {
    }

    /**
     * @param elements the strings, when the text is an array of strings
     * @param badStart where a non-string element starts ({@code -1} if none)
     * @param badEnd   where it ends
     */
    record Result(List<Element> elements, int badStart, int badEnd) {
        boolean isArray() {
            return elements != null;
        }

        boolean hasNonString() {
            return badStart >= 0;
        }
    }

    private static final Result NOT_AN_ARRAY = new Result(null, -1, -1);

    private JsonArray() {
    }

    static Result parse(String text) {
        if (!text.startsWith("[")) {
            return NOT_AN_ARRAY;
        }
        List<Element> elements = new ArrayList<>();
        int badStart = -1;
        int badEnd = -1;
        try (JsonParser p = JSON.createParser(text)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                return NOT_AN_ARRAY;
            }
            JsonToken t;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                if (t == null) {
                    return NOT_AN_ARRAY;
                }
                int start = (int) p.currentTokenLocation().getCharOffset();
                if (t == JsonToken.VALUE_STRING) {
                    elements.add(new Element(p.getString(), start, stringEnd(text, start)));
                } else {
                    if (t.isStructStart()) {
                        p.skipChildren();
                    }
                    if (badStart < 0) {
                        badStart = start;
                        badEnd = Math.max(start + 1, (int) p.currentLocation().getCharOffset());
                    }
                }
            }
            if (p.nextToken() != null) {
                return NOT_AN_ARRAY;
            }
        } catch (JacksonException e) {
            return NOT_AN_ARRAY;
        }
        return new Result(elements, badStart, Math.min(badEnd, text.length()));
    }

    /** The index after the closing quote of the JSON string starting at {@code start}. */
    private static int stringEnd(String text, int start) {
        int i = start + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '"') {
                return i + 1;
            } else {
                i++;
            }
        }
        return text.length();
    }
}
