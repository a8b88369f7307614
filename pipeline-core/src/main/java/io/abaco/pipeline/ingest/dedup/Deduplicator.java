package io.abaco.pipeline.ingest.dedup;

import io.abaco.config.model.DeduplicationConfig;
import io.abaco.error.InputDataException;
import io.abaco.pipeline.ingest.TapeColumns;
import io.abaco.pipeline.ingest.TapeRow;
import io.abaco.pipeline.ingest.schema.RowFields;
import io.abaco.pipeline.ingest.schema.TapeSchema;
import java.util.List;

/**
 * Drops rows whose dedup key was seen before (DESIGN §5: keep the first, count the rest).
 *
 * <p>Keys are any tape columns (extras included), matched after trimming and lower-casing; a key value is the
 * column's text, trimmed. {@code loan_id} uses the row's effective id, so a tape without loan ids ({@code agg_<n>})
 * never has duplicates on it.
 *
 * <p>Only a 64-bit {@link KeyHasher hash} of each key is kept, in a {@link LongHashSet}, never the key strings: ten
 * million rows fit in well under 512 MiB of heap. The price is a chance that two different keys share a hash and
 * the second row is wrongly dropped: with n distinct keys it is about n²/2⁶⁵, i.e. 2.7·10⁻⁶ for 10M rows and
 * 2.7·10⁻⁸ for 1M rows.
 *
 * <p>Not thread-safe.
 */
public final class Deduplicator {
    /** Column index of each key; -1 stands for the row's effective loan id. */
    private final int[] keyColumns;

    private final LongHashSet seen = new LongHashSet();

    private Deduplicator(int[] keyColumns) {
        this.keyColumns = keyColumns;
    }

    /**
     * @return a deduplicator, or null when deduplication is disabled or has no keys
     * @throws InputDataException when a key other than {@code loan_id} is not a column of the tape
     */
    public static Deduplicator of(DeduplicationConfig config, TapeSchema schema, String file) {
        if (config == null || !config.enabled() || config.keys().isEmpty()) return null;
        List<String> keys = config.keys().stream().map(TapeSchema::normalize).toList();
        int[] columns = new int[keys.size()];
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            columns[i] = schema.indexOf(key);
            if (columns[i] < 0 && !key.equals(TapeColumns.LOAN_ID)) {
                throw new InputDataException(file + ": deduplication key \"" + key
                        + "\" is not a column of the tape; columns found: " + String.join(", ", schema.names()));
            }
            if (key.equals(TapeColumns.LOAN_ID)) columns[i] = -1;
        }
        return new Deduplicator(columns);
    }

    /** @return true for the first row with this key, false for a duplicate */
    public boolean firstOccurrence(TapeRow row, RowFields fields) {
        long hash = KeyHasher.start();
        for (int column : keyColumns) {
            hash = KeyHasher.add(hash, column < 0 ? row.loanId() : fields.text(column));
        }
        return seen.add(KeyHasher.finish(hash));
    }
}
