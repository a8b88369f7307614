package io.abaco.pipeline.output.parquet;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The part of Thrift's compact protocol that Parquet's metadata needs: structs with integer, binary, boolean,
 * struct and list fields. Field ids must be written in increasing order within a struct (as Parquet's generated
 * code does). Not thread-safe; one instance per encoded message.
 */
final class ThriftCompactWriter {
    static final int TYPE_BOOLEAN_TRUE = 1;
    static final int TYPE_BOOLEAN_FALSE = 2;
    static final int TYPE_I16 = 4;
    static final int TYPE_I32 = 5;
    static final int TYPE_I64 = 6;
    static final int TYPE_BINARY = 8;
    static final int TYPE_LIST = 9;
    static final int TYPE_STRUCT = 12;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    private final Deque<Integer> enclosingFieldIds = new ArrayDeque<>();
    private int lastFieldId;

    byte[] toByteArray() {
        if (!enclosingFieldIds.isEmpty()) throw new IllegalStateException("a struct is still open");
        return out.toByteArray();
    }

    ThriftCompactWriter i32(int id, int value) {
        fieldHeader(id, TYPE_I32);
        varint(zigzag(value));
        return this;
    }

    ThriftCompactWriter i16(int id, int value) {
        fieldHeader(id, TYPE_I16);
        varint(zigzag(value));
        return this;
    }

    ThriftCompactWriter i64(int id, long value) {
        fieldHeader(id, TYPE_I64);
        varint(zigzag(value));
        return this;
    }

    ThriftCompactWriter bool(int id, boolean value) {
        fieldHeader(id, value ? TYPE_BOOLEAN_TRUE : TYPE_BOOLEAN_FALSE);
        return this;
    }

    ThriftCompactWriter string(int id, String value) {
        fieldHeader(id, TYPE_BINARY);
        binary(value.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** Opens a struct-valued field; close it with {@link #endStruct}. */
    ThriftCompactWriter beginStruct(int id) {
        fieldHeader(id, TYPE_STRUCT);
        return beginStructValue();
    }

    /** Opens a struct that is a list element (no field header). */
    ThriftCompactWriter beginStructValue() {
        enclosingFieldIds.push(lastFieldId);
        lastFieldId = 0;
        return this;
    }

    ThriftCompactWriter endStruct() {
        out.write(0); // STOP
        lastFieldId = enclosingFieldIds.isEmpty() ? 0 : enclosingFieldIds.pop();
        return this;
    }

    /** Opens a list-valued field of {@code size} elements of {@code elementType}; the elements follow. */
    ThriftCompactWriter beginList(int id, int elementType, int size) {
        fieldHeader(id, TYPE_LIST);
        if (size < 15) {
            out.write(size << 4 | elementType);
        } else {
            out.write(0xF0 | elementType);
            varint(size);
        }
        return this;
    }

    /** A list element of type i32. */
    ThriftCompactWriter i32Value(int value) {
        varint(zigzag(value));
        return this;
    }

    /** A list element of type binary. */
    ThriftCompactWriter stringValue(String value) {
        binary(value.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    private void fieldHeader(int id, int type) {
        int delta = id - lastFieldId;
        if (delta > 0 && delta <= 15) {
            out.write(delta << 4 | type);
        } else {
            out.write(type);
            varint(zigzag(id));
        }
        lastFieldId = id;
    }

    private void binary(byte[] bytes) {
        varint(bytes.length);
        out.write(bytes, 0, bytes.length);
    }

    private void varint(long value) {
        long rest = value;
        while ((rest & ~0x7FL) != 0) {
            out.write((int) ((rest & 0x7F) | 0x80));
            rest >>>= 7;
        }
        out.write((int) rest);
    }

    private static long zigzag(long value) {
        return (value << 1) ^ (value >> 63);
    }
}
