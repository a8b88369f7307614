package io.abaco.pipeline.output.parquet;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Collects the values of one column for one row group and encodes them as a Parquet column chunk of a single
 * version-1 data page: definition levels (RLE, bit width 1; every column is optional), then the non-null values
 * PLAIN-encoded (strings as length-prefixed UTF-8, doubles and longs as 8 little-endian bytes, booleans bit-packed),
 * the whole page compressed with Snappy. Reused from row group to row group. Not thread-safe.
 */
final class ColumnChunkEncoder {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INTS = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final int PLAIN = 0;
    private static final int RLE = 3;

    private final ParquetColumn column;
    private byte[] values = new byte[1 << 16];
    private int valuesLength;
    private int bitsInLastByte = 8; // booleans: how many bits of values[valuesLength - 1] are used
    private final RunLengths definitions = new RunLengths();
    private int count;

    ColumnChunkEncoder(ParquetColumn column) {
        this.column = column;
    }

    ParquetColumn column() {
        return column;
    }

    int count() {
        return count;
    }

    void addNull() {
        definitions.add(0);
        count++;
    }

    void addString(String value) {
        if (value == null) {
            addNull();
            return;
        }
        int size = value.length();
        ensure(4 + size);
        int start = valuesLength + 4;
        int position = start;
        for (int index = 0; index < size; index++) {
            char c = value.charAt(index);
            if (c >= 0x80) {
                appendUtf8(value);
                return;
            }
            values[position++] = (byte) c;
        }
        INTS.set(values, valuesLength, size);
        valuesLength = position;
        defined();
    }

    void addDouble(double value) {
        addLong(Double.doubleToRawLongBits(value));
    }

    void addLong(long value) {
        ensure(8);
        LONGS.set(values, valuesLength, value);
        valuesLength += 8;
        defined();
    }

    void addBoolean(boolean value) {
        if (bitsInLastByte == 8) {
            ensure(1);
            values[valuesLength++] = 0;
            bitsInLastByte = 0;
        }
        if (value) values[valuesLength - 1] |= (byte) (1 << bitsInLastByte);
        bitsInLastByte++;
        defined();
    }

    /**
     * Writes the column chunk (page header and compressed page) to {@code out} and forgets the values.
     *
     * @param offset where in its file the chunk starts (for the metadata)
     */
    ChunkMetadata writeChunk(OutputStream out, long offset, Scratch scratch) throws IOException {
        byte[] levels = definitions.finish();
        int uncompressed = 4 + levels.length + valuesLength;
        byte[] page = scratch.page(uncompressed);
        INTS.set(page, 0, levels.length);
        System.arraycopy(levels, 0, page, 4, levels.length);
        System.arraycopy(values, 0, page, 4 + levels.length, valuesLength);
        byte[] compressed = scratch.compressed(SnappyBlock.maxCompressedLength(uncompressed));
        int compressedLength = scratch.snappy.compress(page, uncompressed, compressed);
        byte[] header = new ThriftCompactWriter()
                .i32(1, 0) // DATA_PAGE
                .i32(2, uncompressed)
                .i32(3, compressedLength)
                .beginStruct(5)
                .i32(1, count)
                .i32(2, PLAIN)
                .i32(3, RLE)
                .i32(4, RLE)
                .endStruct()
                .endStruct()
                .toByteArray();
        out.write(header);
        out.write(compressed, 0, compressedLength);
        ChunkMetadata metadata = new ChunkMetadata(
                column, count, header.length + (long) uncompressed, header.length + (long) compressedLength, offset);
        valuesLength = 0;
        bitsInLastByte = 8;
        count = 0;
        return metadata;
    }

    private void appendUtf8(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        ensure(4 + bytes.length);
        INTS.set(values, valuesLength, bytes.length);
        System.arraycopy(bytes, 0, values, valuesLength + 4, bytes.length);
        valuesLength += 4 + bytes.length;
        defined();
    }

    private void defined() {
        definitions.add(1);
        count++;
    }

    private void ensure(int more) {
        if (valuesLength + more > values.length) {
            values = Arrays.copyOf(values, Math.max(values.length * 2, valuesLength + more));
        }
    }

    /** Buffers shared by the encoders of one writer: the assembled page and its compressed form. */
    static final class Scratch {
        final SnappyBlock snappy = new SnappyBlock();
        private byte[] page = new byte[0];
        private byte[] compressed = new byte[0];

        byte[] page(int size) {
            if (page.length < size) page = new byte[size];
            return page;
        }

        byte[] compressed(int size) {
            if (compressed.length < size) compressed = new byte[size];
            return compressed;
        }
    }

    /**
     * Definition levels in the RLE/bit-packing hybrid encoding of bit width 1, as RLE runs only (one varint header
     * and one value byte per run).
     */
    static final class RunLengths {
        private byte[] bytes = new byte[64];
        private int length;
        private int value = 1; // "defined", as most levels are: see finish()
        private long run;

        void add(int level) {
            if (level == value) {
                run++;
                return;
            }
            flush();
            value = level;
            run = 1;
        }

        /** The encoded runs so far; starts afresh. */
        byte[] finish() {
            flush();
            byte[] encoded = Arrays.copyOf(bytes, length);
            length = 0;
            // the value stays: the next chunk's first level usually continues it, and an empty run is never written,
            // so the branch for a new run is not taken once per row group (C2 recompiled the whole row path for it)
            run = 0;
            return encoded;
        }

        private void flush() {
            if (run == 0) return;
            if (length + 11 > bytes.length) bytes = Arrays.copyOf(bytes, bytes.length * 2);
            long header = run << 1;
            while ((header & ~0x7FL) != 0) {
                bytes[length++] = (byte) ((header & 0x7F) | 0x80);
                header >>>= 7;
            }
            bytes[length++] = (byte) header;
            bytes[length++] = (byte) value;
        }
    }
}
