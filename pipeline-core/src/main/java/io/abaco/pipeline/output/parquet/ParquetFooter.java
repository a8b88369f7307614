package io.abaco.pipeline.output.parquet;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Parquet's file layout around the data: the {@code PAR1} magic and the footer (Thrift {@code FileMetaData},
 * its length, the magic again). Stateless.
 */
final class ParquetFooter {
    static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);
    private static final int SNAPPY = 1;
    private static final int PLAIN = 0;
    private static final int RLE = 3;
    private static final int UTF8 = 0;
    private static final int OPTIONAL = 1;
    private static final int REQUIRED = 0;

    private ParquetFooter() {}

    /** The bytes that end the file: {@code FileMetaData}, its 4-byte little-endian length, and the magic. */
    static byte[] encode(List<ParquetColumn> schema, List<RowGroupMetadata> rowGroups, String createdBy) {
        long rows = rowGroups.stream().mapToLong(RowGroupMetadata::rows).sum();
        ThriftCompactWriter thrift = new ThriftCompactWriter().i32(1, 1); // version
        thrift.beginList(2, ThriftCompactWriter.TYPE_STRUCT, schema.size() + 1);
        thrift.beginStructValue()
                .i32(3, REQUIRED)
                .string(4, "schema")
                .i32(5, schema.size())
                .endStruct();
        for (ParquetColumn column : schema) {
            thrift.beginStructValue()
                    .i32(1, column.type().physical)
                    .i32(3, OPTIONAL)
                    .string(4, column.name());
            if (column.type() == ParquetColumn.Type.STRING) thrift.i32(6, UTF8);
            thrift.endStruct();
        }
        thrift.i64(3, rows);
        thrift.beginList(4, ThriftCompactWriter.TYPE_STRUCT, rowGroups.size());
        for (int ordinal = 0; ordinal < rowGroups.size(); ordinal++) {
            RowGroupMetadata group = rowGroups.get(ordinal);
            thrift.beginStructValue();
            thrift.beginList(1, ThriftCompactWriter.TYPE_STRUCT, group.chunks().size());
            long uncompressed = 0;
            long compressed = 0;
            for (ChunkMetadata chunk : group.chunks()) {
                uncompressed += chunk.uncompressedSize();
                compressed += chunk.compressedSize();
                thrift.beginStructValue().i64(2, chunk.offset()).beginStruct(3);
                thrift.i32(1, chunk.column().type().physical);
                thrift.beginList(2, ThriftCompactWriter.TYPE_I32, 2)
                        .i32Value(PLAIN)
                        .i32Value(RLE);
                thrift.beginList(3, ThriftCompactWriter.TYPE_BINARY, 1)
                        .stringValue(chunk.column().name());
                thrift.i32(4, SNAPPY)
                        .i64(5, chunk.values())
                        .i64(6, chunk.uncompressedSize())
                        .i64(7, chunk.compressedSize())
                        .i64(9, chunk.offset());
                thrift.endStruct().endStruct();
            }
            thrift.i64(2, uncompressed).i64(3, group.rows());
            if (!group.chunks().isEmpty()) thrift.i64(5, group.chunks().get(0).offset());
            thrift.i64(6, compressed).i16(7, ordinal);
            thrift.endStruct();
        }
        thrift.string(6, createdBy);
        byte[] metadata = thrift.endStruct().toByteArray();
        ByteBuffer footer =
                ByteBuffer.allocate(metadata.length + 4 + MAGIC.length).order(ByteOrder.LITTLE_ENDIAN);
        return footer.put(metadata).putInt(metadata.length).put(MAGIC).array();
    }
}
