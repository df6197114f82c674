package org.scholarfolio.model;

import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * An unmodifiable map from an enum's constants (at most 64) to texts, iterated in the constants'
 * order as an {@link java.util.EnumMap} is, that holds most of its texts' bytes in one array and
 * makes a String of one when it is asked for. A loaded portfolio keeps a publication's own texts (title,
 * abstract, DOI, …) for as long as it is open: as Strings they were two objects each, 13 of the 22
 * objects a publication held, and every young collection while a large portfolio is read copies them
 * one by one (docs/decisions/texts-packed-in-one-array.md). Texts the caller marks as shared (the
 * reader gives equal venue texts one String) stay Strings, so sharing them still costs a reference.
 * A text no encoding would give back (a lone surrogate) stays a String too. Values are never null.
 */
final class PackedTextMap<K extends Enum<K>> extends AbstractMap<K, String> {
    private static final Object[] NO_STRINGS = new Object[0];
    private static final byte[] NO_BYTES = new byte[0];

    /** The enum's constants by ordinal, shared by every map over that enum. */
    private final K[] constants;
    /** A bit per constant with a value. */
    private final long present;
    /** Of those, the ones held in {@link #packed}. */
    private final long packedBits;
    /**
     * The packed values in ordinal order, each a varint (its length in bytes, times two, plus one when
     * it is UTF-8), then its bytes: ISO-8859-1 when every character fits (nearly every text), else UTF-8.
     */
    private final byte[] packed;
    /** The other values, as Strings, in ordinal order. */
    private final Object[] strings;

    private PackedTextMap(K[] constants, long present, long packedBits, byte[] packed, Object[] strings) {
        this.constants = constants;
        this.present = present;
        this.packedBits = packedBits;
        this.packed = packed;
        this.strings = strings;
    }

    /**
     * The texts of {@code byOrdinal} (indexed by the constants' ordinals) that are not null, as a map;
     * those whose constant is set in {@code keptAsStrings} are held as the Strings given.
     * {@code byOrdinal} is not kept.
     */
    static <K extends Enum<K>> PackedTextMap<K> of(K[] constants, Object[] byOrdinal, long keptAsStrings) {
        if (constants.length > Long.SIZE || byOrdinal.length > constants.length) {
            throw new IllegalArgumentException("at most 64 constants, one value for each");
        }
        long present = 0;
        long packedBits = 0;
        int stringCount = 0;
        int packedLength = 0;
        long utf8Bits = 0;
        byte[][] encoded = null;
        for (int i = 0; i < byOrdinal.length; i++) {
            Object value = byOrdinal[i];
            if (value == null) {
                continue;
            }
            present |= 1L << i;
            String text = (String) value;
            byte[] bytes = (keptAsStrings & 1L << i) == 0 ? latin1Of(text) : null;
            if (bytes == null && (keptAsStrings & 1L << i) == 0) {
                bytes = utf8Of(text);
                utf8Bits |= bytes == null ? 0 : 1L << i;
            }
            if (bytes == null) {
                stringCount++;
                continue;
            }
            if (encoded == null) {
                encoded = new byte[byOrdinal.length][];
            }
            encoded[i] = bytes;
            packedBits |= 1L << i;
            packedLength += varintLength(bytes.length << 1) + bytes.length;
        }
        byte[] packed = packedLength == 0 ? NO_BYTES : new byte[packedLength];
        Object[] strings = stringCount == 0 ? NO_STRINGS : new Object[stringCount];
        int at = 0;
        int next = 0;
        for (int i = 0; i < byOrdinal.length; i++) {
            if ((packedBits & 1L << i) != 0) {
                byte[] bytes = encoded[i];
                at = writeVarint(packed, at, bytes.length << 1 | (int) (utf8Bits >>> i & 1));
                System.arraycopy(bytes, 0, packed, at, bytes.length);
                at += bytes.length;
            } else if ((present & 1L << i) != 0) {
                strings[next++] = byOrdinal[i];
            }
        }
        return new PackedTextMap<>(constants, present, packedBits, packed, strings);
    }

    /**
     * The text's ISO-8859-1, or null when a character does not fit. A String of ISO-8859-1 characters is
     * those bytes already, so encoding and decoding it is a copy; on the quick compiler the editor runs,
     * UTF-8's check for bytes above 127 made each way several times slower.
     */
    private static byte[] latin1Of(String text) {
        byte[] latin1 = text.getBytes(StandardCharsets.ISO_8859_1);
        // A character beyond ISO-8859-1 is written as '?': a text whose bytes hold no '?' fits.
        return !holdsQuestionMark(latin1) || new String(latin1, StandardCharsets.ISO_8859_1).equals(text) ? latin1 : null;
    }

    /** The text's UTF-8, or null when it would not give the text back (a lone surrogate is written as '?'). */
    private static byte[] utf8Of(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        return new String(utf8, StandardCharsets.UTF_8).equals(text) ? utf8 : null;
    }

    private static boolean holdsQuestionMark(byte[] bytes) {
        for (byte b : bytes) {
            if (b == '?') {
                return true;
            }
        }
        return false;
    }

    private static int varintLength(int value) {
        int length = 1;
        while ((value >>>= 7) != 0) {
            length++;
        }
        return length;
    }

    private static int writeVarint(byte[] out, int at, int value) {
        while ((value & ~0x7f) != 0) {
            out[at++] = (byte) (value & 0x7f | 0x80);
            value >>>= 7;
        }
        out[at++] = (byte) value;
        return at;
    }

    /** The constant's ordinal, or -1 when the map has no value for {@code key}. */
    private int ordinalOf(Object key) {
        if (key instanceof Enum<?> e) {
            int ordinal = e.ordinal();
            if (ordinal < constants.length && constants[ordinal] == e && (present & 1L << ordinal) != 0) {
                return ordinal;
            }
        }
        return -1;
    }

    private String valueAt(int ordinal) {
        long below = (1L << ordinal) - 1;
        if ((packedBits & 1L << ordinal) == 0) {
            return (String) strings[Long.bitCount(present & ~packedBits & below)];
        }
        int skip = Long.bitCount(packedBits & below);
        int at = 0;
        while (true) {
            int header = 0;
            int shift = 0;
            byte b;
            do {
                b = packed[at++];
                header |= (b & 0x7f) << shift;
                shift += 7;
            } while (b < 0);
            int length = header >>> 1;
            if (skip-- == 0) {
                return new String(packed, at, length,
                        (header & 1) == 0 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
            }
            at += length;
        }
    }

    @Override
    public String get(Object key) {
        int ordinal = ordinalOf(key);
        return ordinal < 0 ? null : valueAt(ordinal);
    }

    @Override
    public String getOrDefault(Object key, String fallback) {
        int ordinal = ordinalOf(key);
        return ordinal < 0 ? fallback : valueAt(ordinal);
    }

    @Override
    public boolean containsKey(Object key) {
        return ordinalOf(key) >= 0;
    }

    @Override
    public int size() {
        return Long.bitCount(present);
    }

    @Override
    public boolean isEmpty() {
        return present == 0;
    }

    @Override
    public void forEach(BiConsumer<? super K, ? super String> action) {
        for (long bits = present; bits != 0; bits &= bits - 1) {
            int ordinal = Long.numberOfTrailingZeros(bits);
            action.accept(constants[ordinal], valueAt(ordinal));
        }
    }

    @Override
    public boolean equals(Object o) {
        // Two maps of the same layout compare their bytes, without a String per text.
        if (o instanceof PackedTextMap<?> other && other.constants == constants && other.present == present
                && other.packedBits == packedBits) {
            return Arrays.equals(packed, other.packed) && Arrays.equals(strings, other.strings);
        }
        return super.equals(o);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }

    @Override
    public Set<Map.Entry<K, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<K, String>> iterator() {
                return new Iterator<>() {
                    private long bits = present;

                    @Override
                    public boolean hasNext() {
                        return bits != 0;
                    }

                    @Override
                    public Map.Entry<K, String> next() {
                        if (bits == 0) {
                            throw new NoSuchElementException();
                        }
                        int ordinal = Long.numberOfTrailingZeros(bits);
                        bits &= bits - 1;
                        return new AbstractMap.SimpleImmutableEntry<>(constants[ordinal], valueAt(ordinal));
                    }
                };
            }

            @Override
            public int size() {
                return Long.bitCount(present);
            }
        };
    }
}
