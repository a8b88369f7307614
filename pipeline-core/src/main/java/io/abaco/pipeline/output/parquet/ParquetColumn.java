package io.abaco.pipeline.output.parquet;

/**
 * A column of a flat Parquet schema. Every column is {@code OPTIONAL} (nullable), as DuckDB writes them.
 *
 * @param name the column name
 * @param type its value type
 */
public record ParquetColumn(String name, Type type) {
    /** The value types abaco writes, with their Parquet physical type (and UTF8 annotation for strings). */
    public enum Type {
        STRING(6),
        DOUBLE(5),
        INT64(2),
        BOOLEAN(0);

        /** Parquet's {@code Type} enum value. */
        final int physical;

        Type(int physical) {
            this.physical = physical;
        }
    }
}
