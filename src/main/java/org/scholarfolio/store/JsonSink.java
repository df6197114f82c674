package org.scholarfolio.store;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Where {@link PortfolioJsonWriter} writes the canonical JSON: the file's bytes
 * ({@link PrettyJsonWriter}) or a Jackson generator ({@link #of}: the journal's one-record trees),
 * so the format has one definition whichever it goes to. The methods are named as Jackson's.
 */
abstract class JsonSink {
    abstract void writeStartObject() throws IOException;

    abstract void writeEndObject() throws IOException;

    abstract void writeStartArray() throws IOException;

    abstract void writeEndArray() throws IOException;

    /** A member's name; its value follows. */
    abstract void writeFieldName(String name) throws IOException;

    /** A text; null is written as JSON's {@code null}, as Jackson writes it. */
    abstract void writeString(String text) throws IOException;

    abstract void writeNumber(int value) throws IOException;

    abstract void writeNumber(long value) throws IOException;

    abstract void writeNumber(BigInteger value) throws IOException;

    abstract void writeNumber(BigDecimal value) throws IOException;

    abstract void writeBoolean(boolean value) throws IOException;

    abstract void writeNull() throws IOException;

    final void writeNumberField(String name, int value) throws IOException {
        writeFieldName(name);
        writeNumber(value);
    }

    final void writeArrayFieldStart(String name) throws IOException {
        writeFieldName(name);
        writeStartArray();
    }

    /** Everything written goes to {@code g}. */
    static JsonSink of(JsonGenerator g) {
        return new OfGenerator(g);
    }

    private static final class OfGenerator extends JsonSink {
        private final JsonGenerator g;

        OfGenerator(JsonGenerator g) {
            this.g = g;
        }

        @Override
        void writeStartObject() throws IOException {
            g.writeStartObject();
        }

        @Override
        void writeEndObject() throws IOException {
            g.writeEndObject();
        }

        @Override
        void writeStartArray() throws IOException {
            g.writeStartArray();
        }

        @Override
        void writeEndArray() throws IOException {
            g.writeEndArray();
        }

        @Override
        void writeFieldName(String name) throws IOException {
            g.writeFieldName(name);
        }

        @Override
        void writeString(String text) throws IOException {
            g.writeString(text);
        }

        @Override
        void writeNumber(int value) throws IOException {
            g.writeNumber(value);
        }

        @Override
        void writeNumber(long value) throws IOException {
            g.writeNumber(value);
        }

        @Override
        void writeNumber(BigInteger value) throws IOException {
            g.writeNumber(value);
        }

        @Override
        void writeNumber(BigDecimal value) throws IOException {
            g.writeNumber(value);
        }

        @Override
        void writeBoolean(boolean value) throws IOException {
            g.writeBoolean(value);
        }

        @Override
        void writeNull() throws IOException {
            g.writeNull();
        }
    }
}
