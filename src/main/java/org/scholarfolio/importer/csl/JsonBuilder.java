package org.scholarfolio.importer.csl;

import org.scholarfolio.model.Text;

/**
 * Just enough JSON writing for CSL-JSON, without a JSON library (only the store uses one): strings
 * are quoted by {@link Text#appendJsonString} (control characters, U+2028/U+2029 and lone surrogates escaped), so any
 * text a researcher typed yields valid JSON.
 */
final class JsonBuilder {
    private final StringBuilder out = new StringBuilder();
    private final String indentUnit = "  ";
    private int depth;
    private boolean first = true;

    JsonBuilder beginObject() {
        value();
        out.append('{');
        depth++;
        first = true;
        return this;
    }

    JsonBuilder endObject() {
        return close('}');
    }

    JsonBuilder beginArray() {
        value();
        out.append('[');
        depth++;
        first = true;
        return this;
    }

    JsonBuilder endArray() {
        return close(']');
    }

    JsonBuilder name(String name) {
        separator();
        string(name);
        out.append(": ");
        pendingValue = true;
        return this;
    }

    JsonBuilder value(String s) {
        value();
        string(s);
        return this;
    }

    JsonBuilder value(int n) {
        value();
        out.append(n);
        return this;
    }

    /** A member with a non-empty string value; nothing for an empty one. */
    JsonBuilder field(String name, String value) {
        return value == null || value.isEmpty() ? this : name(name).value(value);
    }

    @Override
    public String toString() {
        return out + "\n";
    }

    private boolean pendingValue;

    private void value() {
        if (pendingValue) {
            pendingValue = false;
            return;
        }
        separator();
    }

    private void separator() {
        if (depth == 0) {
            return;
        }
        out.append(first ? "\n" : ",\n");
        out.append(indentUnit.repeat(depth));
        first = false;
    }

    private JsonBuilder close(char c) {
        depth--;
        if (!first) {
            out.append('\n').append(indentUnit.repeat(depth));
        }
        out.append(c);
        first = false;
        return this;
    }

    private void string(String s) {
        Text.appendJsonString(out, s);
    }
}
