package org.scholarfolio.site;

import java.util.List;
import java.util.Map;

import org.scholarfolio.markdown.HtmlCharacters;
import org.scholarfolio.model.Text;

/**
 * A minimal JSON writer for the structured data embedded in pages. Besides JSON's own escapes it
 * escapes {@code <}, {@code >} and {@code &} so that no value can close the surrounding
 * {@code <script>} element.
 */
final class JsonText {
    private JsonText() {
    }

    /** An object with members in the given order (key, value, key, value, ...). */
    static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            map.put(String.valueOf(keysAndValues[i]), keysAndValues[i + 1]);
        }
        return map;
    }

    static String write(Object value) {
        // Sized for the value first: grown from the default sixteen characters, a page's JSON-LD
        // (its abstract's text among it) was copied seven times on its way.
        StringBuilder out = new StringBuilder(sizeOf(value));
        append(out, value);
        return out.toString();
    }

    /** About how many characters {@code value} takes as JSON: its texts and a few for each member. */
    private static int sizeOf(Object value) {
        if (value instanceof String s) {
            return s.length() + 2;
        } else if (value instanceof Map<?, ?> map) {
            int size = 2;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                size += String.valueOf(e.getKey()).length() + 4 + sizeOf(e.getValue());
            }
            return size;
        } else if (value instanceof List<?> list) {
            int size = 2;
            for (Object element : list) {
                size += 1 + sizeOf(element);
            }
            return size;
        }
        return 8;
    }

    private static void append(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            string(out, s);
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                string(out, String.valueOf(e.getKey()));
                out.append(':');
                append(out, e.getValue());
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                append(out, list.get(i));
            }
            out.append(']');
        } else {
            string(out, value.toString());
        }
    }

    private static void string(StringBuilder out, String s) {
        int start = out.length();
        Text.appendJsonString(out, s);
        // DEL, the C1 controls and the noncharacters, which a page's script element may not hold, as the
        // Utf8Writer path escapes them; appendJsonString leaves each as it is, so the literal holds one only where
        // the text does, and the text is read for them first, not the literal (BENCHMARKS.md session 36)
        if (!holdsForbiddenBeyondAscii(s)) {
            return;
        }
        for (int i = start; i < out.length(); i++) {
            char c = out.charAt(i);
            if (c >= 0x7F && HtmlCharacters.forbidden(c)) {
                out.replace(i, i + 1, "\\u" + Integer.toHexString(0x10000 | c).substring(1));
                i += 5;
            }
        }
    }

    /** Whether {@code s} holds DEL, a C1 control or a noncharacter. */
    private static boolean holdsForbiddenBeyondAscii(String s) {
        for (int i = 0, length = s.length(); i < length; i++) {
            char c = s.charAt(i);
            if (c >= 0x7F && HtmlCharacters.forbidden(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code value} as {@link #write(Object)} writes it, straight into a page's buffer: a paper's JSON-LD
     * (its abstract's text among it) was a string made only to be copied into the page.
     */
    static void write(Utf8Writer out, Object value) {
        if (value == null) {
            out.writeAscii("null");
        } else if (value instanceof String s) {
            string(out, s);
        } else if (value instanceof Number || value instanceof Boolean) {
            out.writeAscii(value.toString());
        } else if (value instanceof Map<?, ?> map) {
            out.write('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!first) {
                    out.write(',');
                }
                first = false;
                string(out, String.valueOf(e.getKey()));
                out.write(':');
                write(out, e.getValue());
            }
            out.write('}');
        } else if (value instanceof List<?> list) {
            out.write('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                write(out, list.get(i));
            }
            out.write(']');
        } else {
            string(out, value.toString());
        }
    }

    /** As {@link Text#appendJsonString}: runs of characters quoted as they are written in one go, the rest escaped. */
    private static void string(Utf8Writer out, String s) {
        out.write('"');
        int length = s.length();
        int i = 0;
        while (i < length) {
            int run = i;
            // escaped too: DEL, the C1 controls and the noncharacters, which a page's script element may not hold.
            // ASCII told by the test written out: no call per character (BENCHMARKS.md session 36).
            while (run < length) {
                char c = s.charAt(run);
                if (c < 0x7F ? c < 0x20 || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&'
                        : !Text.isQuotedAsItIs(c) || HtmlCharacters.forbidden(c)) {
                    break;
                }
                run++;
            }
            if (run > i) {
                out.write(s, i, run - i);
                i = run;
            } else {
                i = escape(out, s, i);
            }
        }
        out.write('"');
    }

    /** The character at {@code i} escaped as {@link Text#appendJsonString} escapes it (a pair kept); where to go on. */
    private static int escape(Utf8Writer out, String s, int i) {
        char c = s.charAt(i);
        switch (c) {
            case '"' -> out.writeAscii("\\\"");
            case '\\' -> out.writeAscii("\\\\");
            case '\n' -> out.writeAscii("\\n");
            case '\r' -> out.writeAscii("\\r");
            case '\t' -> out.writeAscii("\\t");
            default -> {
                if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    out.write(s, i, 2);
                    return i + 2;
                }
                // what is left: control characters, markup, the two JSON line separators, a lone half of a pair
                out.writeAscii("\\u");
                for (int shift = 12; shift >= 0; shift -= 4) {
                    out.write("0123456789abcdef".charAt(c >> shift & 0xf));
                }
            }
        }
        return i + 1;
    }
}
