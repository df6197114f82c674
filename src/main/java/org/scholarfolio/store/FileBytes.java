package org.scholarfolio.store;

import java.io.InputStream;
import java.util.Arrays;
import java.util.List;

/**
 * A file's bytes in memory: one array, or, for a large file, chunks of one size each (the last one
 * shorter). A large file is not held in one array because the JVM zeroes a new array
 * in one stretch without a safepoint check: for a 218 MB file that stretch (53,000 fresh pages)
 * kept every other thread, the JavaFX thread among them, from the next collection for up to half a
 * second (docs/decisions/large-file-read-in-chunks.md). Immutable once made; the arrays are not
 * written to after reading.
 */
final class FileBytes {
    /**
     * A large file's chunk: 4 MB less an array's header, so that each array fills whole regions of
     * G1 (1, 2 or 4 MB: a heap up to 8 GB): it is then allocated as a humongous object, never copied
     * by a young collection, and wastes no region's tail. Zeroing 4 MB is a millisecond or two on a
     * quiet machine; 8 MB chunks still kept the others over 100 ms at a load of 19.
     */
    static final int CHUNK = (4 << 20) - 16;
    /** The chunk size of an array taken whole: every offset of an array is below it. */
    private static final int WHOLE = Integer.MAX_VALUE;

    private final byte[][] chunks;
    private final int chunkSize;
    private final int length;

    private FileBytes(byte[][] chunks, int chunkSize, int length) {
        this.chunks = chunks;
        this.chunkSize = chunkSize;
        this.length = length;
    }

    /** The bytes of one array (not copied). */
    static FileBytes of(byte[] bytes) {
        return new FileBytes(new byte[][] {bytes}, WHOLE, bytes.length);
    }

    /**
     * The bytes of {@code chunks} in order (not copied): each but the last holds exactly
     * {@code chunkSize} bytes, the last from 1 to that many.
     */
    static FileBytes ofChunks(List<byte[]> chunks, int chunkSize) {
        long length = 0;
        for (int i = 0; i < chunks.size(); i++) {
            int n = chunks.get(i).length;
            if (n > chunkSize || n < (i == chunks.size() - 1 ? 1 : chunkSize)) {
                throw new IllegalArgumentException("chunk " + i + " holds " + n + " bytes");
            }
            length += n;
        }
        if (length > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("more than 2 GB");
        }
        return new FileBytes(chunks.toArray(new byte[0][]), chunkSize, (int) length);
    }

    /** {@code bytes} cut into chunks of {@code size} bytes, as a large file is read. */
    static FileBytes chunked(byte[] bytes, int size) {
        var chunks = new java.util.ArrayList<byte[]>();
        for (int at = 0; at < bytes.length; at += size) {
            chunks.add(Arrays.copyOfRange(bytes, at, Math.min(bytes.length, at + size)));
        }
        return ofChunks(chunks, size);
    }

    int length() {
        return length;
    }

    /** The one array that holds all the bytes, or null when they are in chunks. */
    byte[] whole() {
        return chunkSize == WHOLE ? chunks[0] : null;
    }

    /** The arrays in order, the byte at offset {@code n} at {@code n % chunkSize()} in {@code chunks()[n / chunkSize()]}. */
    byte[][] chunks() {
        return chunks;
    }

    int chunkSize() {
        return chunkSize;
    }

    byte byteAt(int offset) {
        return chunks[offset / chunkSize][offset % chunkSize];
    }

    /** All the bytes in one new array: for tests and small files only. */
    byte[] toArray() {
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] chunk : chunks) {
            System.arraycopy(chunk, 0, all, at, chunk.length);
            at += chunk.length;
        }
        return all;
    }

    /** The bytes from {@code offset} to the end as a stream, without copying them first. */
    InputStream from(int offset) {
        return new InputStream() {
            private int at = offset;

            @Override
            public int read() {
                return at < length ? byteAt(at++) & 0xFF : -1;
            }

            @Override
            public int read(byte[] into, int off, int len) {
                if (len == 0) {
                    return 0;
                }
                if (at >= length) {
                    return -1;
                }
                byte[] chunk = chunks[at / chunkSize];
                int in = at % chunkSize;
                int n = Math.min(len, chunk.length - in);
                System.arraycopy(chunk, in, into, off, n);
                at += n;
                return n;
            }

            @Override
            public int available() {
                return length - at;
            }
        };
    }
}
