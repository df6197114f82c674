package org.scholarfolio.store;

import com.fasterxml.jackson.core.Base64Variant;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.io.ContentReference;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * A parser of a well-formed {@code portfolio.json} in one array of UTF-8 bytes, for the reading of a saved file:
 * the token stream Jackson's parser gives for the same bytes, with the few calls the reader makes. It takes only
 * what it is sure Jackson takes the same way (the JSON grammar, UTF-8 without overlong forms or encoded
 * surrogates, a surrogate escaped in a name only as a whole pair, whole numbers of up to 18 digits, texts of up to a million
 * bytes, names of up to a kilobyte, nesting to 200), and throws
 * {@link GiveWay} at anything else: the reading is then made again by Jackson's parser, which accepts it or
 * reports it with its own message and position ({@link PortfolioStore}). So an error is never worded here.
 *
 * <p>Why not Jackson's: its parser's base class initializes {@link BigDecimal}, whose class initializer computes
 * 5^65536 on Java 25 (20-25 ms of a fresh process's processor time), and a fresh process reads the file
 * interpreted, where fewer bytecodes per token count (BENCHMARKS.md, session 36).
 */
final class ByteJsonParser extends JsonParser {
    /** This parser does not take the bytes as they are; Jackson's is to read them. Carries no message of its own. */
    static final class GiveWay extends IOException {
        private static final long serialVersionUID = 1L;

        GiveWay() {
            super("given way to Jackson's parser");
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this; // thrown often in a damaged file's reading, caught at once
        }
    }

    private static final GiveWay GIVE_WAY = new GiveWay();
    private static final int MAX_DEPTH = 200;
    private static final int MAX_TEXT_BYTES = 1 << 20;
    private static final int MAX_NAME_BYTES = 1 << 10;
    private static final int MAX_NUMBER_LENGTH = 1000;

    private final byte[] b;
    private final int end;
    /** Subtracted from a position in {@link #b} to give the offset Jackson's parser would count (a part read alone). */
    private final int shift;
    private int pos;

    private JsonToken token;
    // The open objects and lists: whether each is an object, its member name now, whether a value was read in it.
    private boolean[] isObject = new boolean[16];
    private String[] names = new String[16];
    private boolean[] hadValue = new boolean[16];
    private int depth;
    private boolean rootDone;
    /** The tokens of {@code {"publications":[} still to give before the bytes ({@link #publicationsFrom}). */
    private int prefixTokens;

    // The token: where it starts in b; a text's content and whether it is plain ASCII with no escape.
    private int tokenStart;
    private int textStart;
    private int textEnd;
    private boolean plain;
    private char[] chars = new char[256];
    private int charCount;
    private boolean decoded;
    // A number token: its value when it has at most 18 digits, its digits' count.
    private long number;
    private int digits;

    // Names read before, by their bytes: a portfolio has some seventy.
    private byte[][] nameBytes = new byte[256][];
    private String[] nameStrings = new String[256];
    private int nameCount;

    private ByteJsonParser(byte[] bytes, int from, int shift) {
        this.b = bytes;
        this.end = bytes.length;
        this.pos = from;
        this.shift = shift;
    }

    /** A parser of the whole of {@code bytes}, which start with their top-level object. */
    static ByteJsonParser of(byte[] bytes) {
        return new ByteJsonParser(bytes, 0, 0);
    }

    /**
     * A parser of {@code {"publications":[} followed by {@code bytes} from {@code from} on, as Jackson's parser reads
     * that prefix and those bytes as one stream ({@link SplitLoad}'s second part): its offsets are counted from the
     * prefix's start. Its first three tokens are the prefix's.
     */
    static ByteJsonParser publicationsFrom(byte[] bytes, int from, int prefixLength) {
        ByteJsonParser p = new ByteJsonParser(bytes, from, from - prefixLength);
        p.prefixTokens = 3;
        return p;
    }

    private JsonToken prefixToken() throws GiveWay {
        switch (prefixTokens--) {
            case 3 -> {
                push(true);
                return token = JsonToken.START_OBJECT;
            }
            case 2 -> {
                names[0] = "publications";
                return token = JsonToken.FIELD_NAME;
            }
            default -> {
                push(false);
                return token = JsonToken.START_ARRAY;
            }
        }
    }

    private GiveWay giveWay() {
        return GIVE_WAY;
    }

    private void push(boolean object) throws GiveWay {
        if (depth == MAX_DEPTH) {
            throw giveWay();
        }
        if (depth == isObject.length) {
            isObject = Arrays.copyOf(isObject, depth * 2);
            names = Arrays.copyOf(names, depth * 2);
            hadValue = Arrays.copyOf(hadValue, depth * 2);
        }
        isObject[depth] = object;
        names[depth] = null;
        hadValue[depth] = false;
        depth++;
    }

    private int skipSpace() {
        byte[] b = this.b;
        int i = pos;
        while (i < end) {
            byte c = b[i];
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                break;
            }
            i++;
        }
        pos = i;
        return i < end ? b[i] & 0xFF : -1;
    }

    @Override
    public JsonToken nextToken() throws IOException {
        if (prefixTokens > 0) {
            return prefixToken();
        }
        int c = skipSpace();
        if (depth == 0) {
            if (rootDone) {
                if (c < 0) {
                    return token = null;
                }
                throw giveWay();
            }
            return token = value(c);
        }
        int top = depth - 1;
        if (isObject[top]) {
            if (token == JsonToken.FIELD_NAME) {
                return token = value(c);
            }
            if (c == '}') {
                return token = closeToken();
            }
            if (hadValue[top]) {
                if (c != ',') {
                    throw giveWay();
                }
                pos++;
                c = skipSpace();
            }
            if (c != '"') {
                throw giveWay();
            }
            names[top] = name();
            if (skipSpace() != ':') {
                throw giveWay();
            }
            pos++;
            return token = JsonToken.FIELD_NAME;
        }
        if (c == ']') {
            return token = closeToken();
        }
        if (hadValue[top]) {
            if (c != ',') {
                throw giveWay();
            }
            pos++;
            c = skipSpace();
        }
        return token = value(c);
    }

    /** The END_OBJECT or END_ARRAY at {@link #pos}, after a value or none (never after a comma). */
    private JsonToken closeToken() {
        boolean object = isObject[--depth];
        tokenStart = pos++;
        valueRead();
        return object ? JsonToken.END_OBJECT : JsonToken.END_ARRAY;
    }

    private void valueRead() {
        if (depth == 0) {
            rootDone = true;
        } else {
            hadValue[depth - 1] = true;
        }
    }

    private JsonToken value(int c) throws IOException {
        tokenStart = pos;
        switch (c) {
            case '{' -> {
                pos++;
                push(true);
                return JsonToken.START_OBJECT;
            }
            case '[' -> {
                pos++;
                push(false);
                return JsonToken.START_ARRAY;
            }
            case '"' -> {
                text(MAX_TEXT_BYTES);
                valueRead();
                return JsonToken.VALUE_STRING;
            }
            case 't' -> {
                literal("true");
                return JsonToken.VALUE_TRUE;
            }
            case 'f' -> {
                literal("false");
                return JsonToken.VALUE_FALSE;
            }
            case 'n' -> {
                literal("null");
                return JsonToken.VALUE_NULL;
            }
            default -> {
                JsonToken t = number();
                valueRead();
                return t;
            }
        }
    }

    private void literal(String word) throws GiveWay {
        int n = word.length();
        if (pos + n > end) {
            throw giveWay();
        }
        for (int i = 1; i < n; i++) {
            if (b[pos + i] != word.charAt(i)) {
                throw giveWay();
            }
        }
        pos += n;
        endOfValue();
        valueRead();
    }

    /** A literal or a number must be followed by a delimiter (Jackson reads {@code truex} or {@code 1x} as an error). */
    private void endOfValue() throws GiveWay {
        if (pos < end) {
            byte c = b[pos];
            if (!(c == ',' || c == '}' || c == ']' || c == ' ' || c == '\n' || c == '\r' || c == '\t')) {
                throw giveWay();
            }
        }
    }

    private JsonToken number() throws GiveWay {
        int i = pos;
        if (i < end && b[i] == '-') {
            i++;
        }
        int first = i;
        if (i >= end || b[i] < '0' || b[i] > '9') {
            throw giveWay();
        }
        long value = 0;
        if (b[i] == '0') {
            i++;
        } else {
            while (i < end && b[i] >= '0' && b[i] <= '9') {
                value = value * 10 + (b[i] - '0');
                i++;
                if (i - first > 18) {
                    throw giveWay(); // beyond a long: Jackson's BigInteger
                }
            }
        }
        digits = i - first;
        boolean fraction = false;
        if (i < end && b[i] == '.') {
            fraction = true;
            i++;
            int from = i;
            while (i < end && b[i] >= '0' && b[i] <= '9') {
                i++;
            }
            if (i == from) {
                throw giveWay();
            }
        }
        if (i < end && (b[i] == 'e' || b[i] == 'E')) {
            fraction = true;
            i++;
            if (i < end && (b[i] == '+' || b[i] == '-')) {
                i++;
            }
            int from = i;
            while (i < end && b[i] >= '0' && b[i] <= '9') {
                i++;
            }
            if (i == from) {
                throw giveWay();
            }
        }
        if (i - pos > MAX_NUMBER_LENGTH) {
            throw giveWay();
        }
        textStart = pos;
        textEnd = i;
        number = b[pos] == '-' ? -value : value;
        pos = i;
        endOfValue();
        return fraction ? JsonToken.VALUE_NUMBER_FLOAT : JsonToken.VALUE_NUMBER_INT;
    }

    /**
     * The text whose opening quote is at {@link #pos}, up to its closing quote: where its content is, and whether it
     * is plain ASCII. Escapes and bytes beyond ASCII are checked here and decoded when the text is asked for.
     */
    private void text(int maxBytes) throws GiveWay {
        byte[] b = this.b;
        int start = pos + 1;
        int i = start;
        boolean simple = true;
        while (true) {
            if (i >= end || i - start > maxBytes) {
                throw giveWay();
            }
            byte c = b[i];
            if (c == '"') {
                break;
            }
            if (c == '\\') {
                simple = false;
                i += 2; // the escape's letter is checked when decoded; a \" does not end the text
                continue;
            }
            if (c < 0x20) { // below 0: a byte of a letter beyond ASCII; 0-31: a control character
                if (c >= 0) {
                    throw giveWay();
                }
                simple = false;
            }
            i++;
        }
        textStart = start;
        textEnd = i;
        plain = simple;
        decoded = false;
        pos = i + 1;
        if (!simple) {
            decode(maxBytes == MAX_NAME_BYTES); // checked now: a text Jackson refuses must stop this parser before the reader takes it
        }
    }

    private String name() throws GiveWay {
        text(MAX_NAME_BYTES);
        if (!plain) {
            return new String(chars, 0, charCount).intern();
        }
        int length = textEnd - textStart;
        int hash = 0;
        for (int i = textStart; i < textEnd; i++) {
            hash = 31 * hash + b[i];
        }
        int mask = nameBytes.length - 1;
        for (int slot = (hash ^ hash >>> 16) & mask; ; slot = (slot + 1) & mask) {
            byte[] known = nameBytes[slot];
            if (known == null) {
                // Interned, as Jackson's parser hands out names.
                String name = new String(b, textStart, length, java.nio.charset.StandardCharsets.ISO_8859_1).intern();
                if (nameCount * 2 < nameBytes.length) {
                    nameBytes[slot] = Arrays.copyOfRange(b, textStart, textEnd);
                    nameStrings[slot] = name;
                    nameCount++;
                }
                return name;
            }
            if (known.length == length && Arrays.equals(known, 0, length, b, textStart, textEnd)) {
                return nameStrings[slot];
            }
        }
    }

    /** The text's characters into {@link #chars}: escapes undone, UTF-8 decoded (strictly). */
    private void decode(boolean name) throws GiveWay {
        byte[] b = this.b;
        int n = 0;
        if (chars.length < textEnd - textStart) {
            chars = new char[Math.max(textEnd - textStart, chars.length * 2)];
        }
        char[] out = chars;
        int i = textStart;
        while (i < textEnd) {
            int c = b[i++];
            if (c >= 0) {
                if (c != '\\') {
                    out[n++] = (char) c;
                    continue;
                }
                if (i >= textEnd) {
                    throw giveWay();
                }
                int e = b[i++];
                switch (e) {
                    case '"', '\\', '/' -> out[n++] = (char) e;
                    case 'b' -> out[n++] = '\b';
                    case 'f' -> out[n++] = '\f';
                    case 'n' -> out[n++] = '\n';
                    case 'r' -> out[n++] = '\r';
                    case 't' -> out[n++] = '\t';
                    case 'u' -> {
                        int v = hex(i);
                        i += 4;
                        if (v >= 0xD800 && v <= 0xDFFF && name) {
                            // In a name only a whole pair, both halves escaped: Jackson checks a pair's halves
                            // there, and its rules decide anything else. A text keeps a lone half, as Jackson's.
                            if (v > 0xDBFF || i + 6 > textEnd || b[i] != '\\' || b[i + 1] != 'u') {
                                throw giveWay();
                            }
                            int low = hex(i + 2);
                            if (low < 0xDC00 || low > 0xDFFF) {
                                throw giveWay();
                            }
                            out[n++] = (char) v;
                            v = low;
                            i += 6;
                        }
                        out[n++] = (char) v;
                    }
                    default -> throw giveWay();
                }
                continue;
            }
            c &= 0xFF;
            if (c >= 0xC2 && c <= 0xDF) {
                out[n++] = (char) ((c & 0x1F) << 6 | continuation(i++));
            } else if (c >= 0xE0 && c <= 0xEF) {
                int c1 = continuation(i++);
                int c2 = continuation(i++);
                int cp = (c & 0x0F) << 12 | c1 << 6 | c2;
                if (cp < 0x800 || cp >= 0xD800 && cp <= 0xDFFF) {
                    throw giveWay(); // overlong, or a surrogate written out
                }
                out[n++] = (char) cp;
            } else if (c >= 0xF0 && c <= 0xF4) {
                int c1 = continuation(i++);
                int c2 = continuation(i++);
                int c3 = continuation(i++);
                int cp = (c & 0x07) << 18 | c1 << 12 | c2 << 6 | c3;
                if (cp < 0x10000 || cp > 0x10FFFF) {
                    throw giveWay();
                }
                out[n++] = Character.highSurrogate(cp);
                out[n++] = Character.lowSurrogate(cp);
            } else {
                throw giveWay();
            }
        }
        charCount = n;
        decoded = true;
    }

    /** The four hexadecimal digits at {@code i}, inside the text. */
    private int hex(int i) throws GiveWay {
        if (i + 4 > textEnd) {
            throw giveWay();
        }
        int v = 0;
        for (int k = 0; k < 4; k++) {
            int d = Character.digit(b[i + k], 16);
            if (d < 0) {
                throw giveWay();
            }
            v = v << 4 | d;
        }
        return v;
    }

    /** The six bits of the continuation byte at {@code i}, which must be one and inside the text. */
    private int continuation(int i) throws GiveWay {
        if (i >= textEnd) {
            throw giveWay();
        }
        int c = b[i];
        if ((c & 0xC0) != 0x80) {
            throw giveWay();
        }
        return c & 0x3F;
    }

    /**
     * The offset Jackson's parser of UTF-8 bytes gives for this token: one past its first byte, counted in
     * the stream it reads ({@link TextPool} finds a text's opening quote by it).
     */
    long getTokenCharacterOffset() {
        return tokenStart + 1L - shift;
    }

    /** The token's location; only its byte offset (the stream's, as Jackson counts it) is meant to be read. */
    @Override
    public JsonLocation getTokenLocation() {
        return new JsonLocation(ContentReference.unknown(), tokenStart - (long) shift, -1L, -1, -1);
    }

    @Override
    public JsonLocation currentTokenLocation() {
        return getTokenLocation();
    }

    @Override
    public JsonLocation currentLocation() {
        return getCurrentLocation();
    }

    @Override
    public JsonToken currentToken() {
        return token;
    }

    @Override
    public String currentName() {
        return getCurrentName();
    }

    @Override
    public JsonLocation getCurrentLocation() {
        return new JsonLocation(ContentReference.unknown(), pos - (long) shift, -1L, -1, -1);
    }

    @Override
    public JsonToken getCurrentToken() {
        return token;
    }

    @Override
    public int getCurrentTokenId() {
        return token == null ? 0 : token.id();
    }

    @Override
    public boolean hasCurrentToken() {
        return token != null;
    }

    @Override
    public boolean hasTokenId(int id) {
        return getCurrentTokenId() == id;
    }

    @Override
    public boolean hasToken(JsonToken t) {
        return token == t;
    }

    /**
     * The member's name: of the FIELD_NAME, of the value after it, and for a START_OBJECT or START_ARRAY of the
     * member it is the value of, as Jackson's parser answers.
     */
    @Override
    public String getCurrentName() {
        if (depth == 0) {
            return null;
        }
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            return depth >= 2 && isObject[depth - 2] ? names[depth - 2] : null;
        }
        return isObject[depth - 1] ? names[depth - 1] : null;
    }

    @Override
    public String getText() {
        if (token == null) {
            return null;
        }
        return switch (token) {
            case VALUE_STRING -> plain ? new String(b, textStart, textEnd - textStart, java.nio.charset.StandardCharsets.ISO_8859_1)
                    : new String(chars, 0, charCount);
            case FIELD_NAME -> names[depth - 1];
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT ->
                    new String(b, textStart, textEnd - textStart, java.nio.charset.StandardCharsets.ISO_8859_1);
            default -> token.asString();
        };
    }

    @Override
    public char[] getTextCharacters() {
        if (token == JsonToken.VALUE_STRING && plain && !decoded) {
            int length = textEnd - textStart;
            if (chars.length < length) {
                chars = new char[Math.max(length, chars.length * 2)];
            }
            for (int i = 0; i < length; i++) {
                chars[i] = (char) b[textStart + i];
            }
            charCount = length;
            decoded = true;
            return chars;
        }
        if (token == JsonToken.VALUE_STRING) {
            return chars;
        }
        String text = getText();
        return text == null ? null : text.toCharArray();
    }

    @Override
    public int getTextLength() {
        if (token == JsonToken.VALUE_STRING) {
            return plain ? textEnd - textStart : charCount;
        }
        String text = getText();
        return text == null ? 0 : text.length();
    }

    @Override
    public int getTextOffset() {
        return 0;
    }

    @Override
    public boolean hasTextCharacters() {
        return token == JsonToken.VALUE_STRING;
    }

    @Override
    public NumberType getNumberType() throws IOException {
        if (token == JsonToken.VALUE_NUMBER_INT) {
            // As Jackson: up to 9 digits an int, 10 when it fits one, else a long (more than 18 gave way).
            return digits <= 9 || digits == 10 && number >= Integer.MIN_VALUE && number <= Integer.MAX_VALUE
                    ? NumberType.INT : NumberType.LONG;
        }
        if (token == JsonToken.VALUE_NUMBER_FLOAT) {
            throw giveWay(); // the reader asks a fraction for its exact value only
        }
        throw giveWay();
    }

    @Override
    public int getIntValue() throws IOException {
        if (getNumberType() != NumberType.INT) {
            throw giveWay();
        }
        return (int) number;
    }

    @Override
    public long getLongValue() throws IOException {
        if (token != JsonToken.VALUE_NUMBER_INT) {
            throw giveWay();
        }
        return number;
    }

    @Override
    public BigInteger getBigIntegerValue() throws IOException {
        if (token != JsonToken.VALUE_NUMBER_INT) {
            throw giveWay();
        }
        return BigInteger.valueOf(number);
    }

    @Override
    public BigDecimal getDecimalValue() throws IOException {
        throw giveWay(); // a fraction: rare in a portfolio, and Jackson's rules for its exact value decide
    }

    @Override
    public Number getNumberValue() throws IOException {
        throw giveWay();
    }

    @Override
    public float getFloatValue() throws IOException {
        throw giveWay();
    }

    @Override
    public double getDoubleValue() throws IOException {
        throw giveWay();
    }

    @Override
    public byte[] getBinaryValue(Base64Variant variant) throws IOException {
        throw giveWay();
    }

    @Override
    public String getValueAsString(String defaultValue) {
        return token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME ? getText() : defaultValue;
    }

    @Override
    public JsonToken nextValue() throws IOException {
        JsonToken t = nextToken();
        return t == JsonToken.FIELD_NAME ? nextToken() : t;
    }

    @Override
    public JsonParser skipChildren() throws IOException {
        if (token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY) {
            return this;
        }
        int open = 1;
        while (open > 0) {
            JsonToken t = nextToken();
            if (t == null) {
                throw giveWay();
            }
            if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                open++;
            } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                open--;
            }
        }
        return this;
    }

    @Override
    public void clearCurrentToken() {
        token = null;
    }

    @Override
    public JsonToken getLastClearedToken() {
        return null;
    }

    @Override
    public void overrideCurrentName(String name) {
        throw new UnsupportedOperationException();
    }

    @Override
    public JsonStreamContext getParsingContext() {
        throw new UnsupportedOperationException();
    }

    @Override
    public ObjectCodec getCodec() {
        return null;
    }

    @Override
    public void setCodec(ObjectCodec codec) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Version version() {
        return Version.unknownVersion();
    }

    @Override
    public void close() {
        // Nothing is held but the caller's array.
    }

    @Override
    public boolean isClosed() {
        return false;
    }
}
