package io.abaco.pipeline.ingest.schema;

/**
 * The fields of one tape row as a format reader found them, read by {@link RowValidator} and the deduplicator. A
 * reader may keep them as bytes and build a {@code String} only when one is asked for (the CSV reader), or hold
 * strings already ({@link #of(String[])}).
 *
 * <p>Valid only during the {@link io.abaco.pipeline.ingest.read.RowHandler#row} call that received it: a reader
 * reuses it for the next row. Not thread-safe.
 */
public interface RowFields {
    /** How many fields the row has (indexes from 0 to {@code size() - 1}). */
    int size();

    /** The field's text as written, or null when the row has no such field (or the format says null). */
    String text(int index);

    /** Whether the field is missing, empty, or white space only ({@link String#isBlank}). */
    boolean isBlank(int index);

    /** The field read by {@link Amounts#parse} (NaN for a missing or blank one, as for any non-number). */
    double amount(int index);

    /** Every field as text (for the rejects file). */
    default String[] texts() {
        String[] texts = new String[size()];
        for (int index = 0; index < texts.length; index++) texts[index] = text(index);
        return texts;
    }

    /** Fields held as strings (null = missing), as the JSON and Parquet readers find them. */
    static RowFields of(String[] values) {
        return new RowFields() {
            @Override
            public int size() {
                return values.length;
            }

            @Override
            public String text(int index) {
                return index < values.length ? values[index] : null;
            }

            @Override
            public boolean isBlank(int index) {
                String text = text(index);
                return text == null || text.isBlank();
            }

            @Override
            public double amount(int index) {
                String text = text(index);
                return text == null ? Amounts.NOT_A_NUMBER : Amounts.parse(text);
            }

            @Override
            public String[] texts() {
                return values.clone();
            }
        };
    }
}
