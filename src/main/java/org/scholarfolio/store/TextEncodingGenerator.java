package org.scholarfolio.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.json.UTF8JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Jackson's UTF-8 generator, but a string value is encoded in one loop over its characters, copied
 * out of the String once, and handed to the generator as bytes. Jackson reads a String a character
 * at a time through {@code charAt}; on the editor's quick compiler that call per character (a bounds
 * check beyond the inlining limit for a text with one letter beyond Latin-1) was half of a save's
 * processor time, 24 MB of texts at 10,000 publications. The bytes are exactly Jackson's: text as
 * UTF-8, a surrogate pair as one 4-byte sequence (the factory combines pairs), and {@code "},
 * {@code \}, line feed, carriage return and tab as their two-character escapes. A text with any other
 * control character or a lone surrogate, and every text of a generator configured to escape more, is
 * left to Jackson. {@code TextEncodingGeneratorTest} compares both on every kind of character.
 */
final class TextEncodingGenerator extends UTF8JsonGenerator {
    /** Shorter texts (entry types, names) are cheaper through Jackson's own loop than copied out first. */
    private static final int MIN_LENGTH = 16;
    /** Longer texts (a whole bio) are Jackson's, so that the buffers here stay small. */
    private static final int MAX_LENGTH = 1 << 16;

    private char[] chars = new char[256];
    private byte[] bytes = new byte[768];

    private TextEncodingGenerator(IOContext context, int features, ObjectCodec codec, OutputStream out, char quote) {
        super(context, features, codec, out, quote);
    }

    /** A factory of these generators, with surrogate pairs written as UTF-8 (a lone one as an escape). */
    static JsonFactory factory() {
        return new Factory((JsonFactoryBuilder) JsonFactory.builder()
                .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8));
    }

    @Override
    public void writeString(String text) throws IOException {
        int length = text == null ? 0 : text.length();
        if (length < MIN_LENGTH || length > MAX_LENGTH || !escapesOnlyJsonsOwn()) {
            super.writeString(text);
            return;
        }
        if (chars.length < length) {
            chars = new char[Math.max(length, 2 * chars.length)];
            bytes = new byte[3 * chars.length];
        }
        text.getChars(0, length, chars, 0);
        int count = encode(chars, length, bytes);
        if (count < 0) {
            super.writeString(text);
        } else {
            writeRawUTF8String(bytes, 0, count);
        }
    }

    /** Whether the generator escapes what plain JSON escapes and nothing more (as this factory makes it). */
    private boolean escapesOnlyJsonsOwn() {
        return _characterEscapes == null && _maximumNonEscapedChar == 0 && _outputEscapes == sOutputEscapes
                && _quoteChar == '"';
    }

    /**
     * The JSON string body of {@code chars[0, length)} as UTF-8 into {@code out} (3 bytes per char at
     * most: an escape is 2 bytes for 1 char, a pair 4 for 2), its length; -1 when a character needs
     * what only Jackson writes (another control character, a lone surrogate).
     */
    static int encode(char[] chars, int length, byte[] out) {
        int n = 0;
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (c < 0x80) {
                if (c >= 0x20 && c != '"' && c != '\\') {
                    out[n++] = (byte) c;
                    continue;
                }
                byte escaped = switch (c) {
                    case '"' -> '"';
                    case '\\' -> '\\';
                    case '\n' -> 'n';
                    case '\r' -> 'r';
                    case '\t' -> 't';
                    default -> 0;
                };
                if (escaped == 0) {
                    return -1;
                }
                out[n++] = '\\';
                out[n++] = escaped;
            } else if (c < 0x800) {
                out[n++] = (byte) (0xc0 | c >> 6);
                out[n++] = (byte) (0x80 | c & 0x3f);
            } else if (!Character.isSurrogate(c)) {
                out[n++] = (byte) (0xe0 | c >> 12);
                out[n++] = (byte) (0x80 | c >> 6 & 0x3f);
                out[n++] = (byte) (0x80 | c & 0x3f);
            } else {
                if (!Character.isHighSurrogate(c) || i + 1 == length || !Character.isLowSurrogate(chars[i + 1])) {
                    return -1;
                }
                int code = Character.toCodePoint(c, chars[++i]);
                out[n++] = (byte) (0xf0 | code >> 18);
                out[n++] = (byte) (0x80 | code >> 12 & 0x3f);
                out[n++] = (byte) (0x80 | code >> 6 & 0x3f);
                out[n++] = (byte) (0x80 | code & 0x3f);
            }
        }
        return n;
    }

    private static final class Factory extends JsonFactory {
        private static final long serialVersionUID = 1L;

        Factory(JsonFactoryBuilder builder) {
            super(builder);
        }

        @Override
        protected JsonGenerator _createUTF8Generator(OutputStream out, IOContext context) throws IOException {
            // The settings the base factory would pass on, of which this one has none; if it had, the
            // generator's writeString sees them and leaves those texts to Jackson.
            TextEncodingGenerator g = new TextEncodingGenerator(context, _generatorFeatures, _objectCodec, out, _quoteChar);
            if (_maximumNonEscapedChar > 0) {
                g.setHighestNonEscapedChar(_maximumNonEscapedChar);
            }
            if (_characterEscapes != null) {
                g.setCharacterEscapes(_characterEscapes);
            }
            if (_rootValueSeparator != DEFAULT_ROOT_VALUE_SEPARATOR) {
                g.setRootValueSeparator(_rootValueSeparator);
            }
            return _decorate(g);
        }

        @Override
        public JsonFactory copy() {
            return new Factory((JsonFactoryBuilder) JsonFactory.builder()
                    .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8));
        }
    }
}
