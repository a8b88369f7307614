package io.abaco.validation.shadow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * V1's and V2's loan-level outputs compared row by row on the key (loan_id, measurement_date).
 *
 * @param v1File V1's loan file
 * @param v2File V2's loan file
 * @param v1Rows rows in V1's file
 * @param v2Rows rows in V2's file
 * @param comparedColumns non-key columns present on both sides, compared
 * @param onlyInV1 columns only V1 has (not compared)
 * @param onlyInV2 columns only V2 has (not compared)
 * @param absoluteTolerance numbers whose absolute difference is at most this are equal
 * @param matched keys on both sides with every compared column equal
 * @param missingInV1 keys only V2 has
 * @param missingInV2 keys only V1 has
 * @param mismatched keys on both sides with at least one compared column different
 * @param mismatchedByColumn per compared column, how many keys differ in it
 * @param duplicateKeysV1 rows of V1 whose key repeats an earlier row (only the first is compared)
 * @param duplicateKeysV2 the same for V2
 * @param samples the first differences of each kind, ordered by key (at most {@link RowComparator#SAMPLE_SIZE} keys
 *     per kind)
 */
public record RowComparison(
        String v1File,
        String v2File,
        long v1Rows,
        long v2Rows,
        List<String> comparedColumns,
        List<String> onlyInV1,
        List<String> onlyInV2,
        double absoluteTolerance,
        long matched,
        long missingInV1,
        long missingInV2,
        long mismatched,
        Map<String, Long> mismatchedByColumn,
        long duplicateKeysV1,
        long duplicateKeysV2,
        List<RowDifference> samples) {
    public RowComparison {
        comparedColumns = List.copyOf(comparedColumns);
        onlyInV1 = List.copyOf(onlyInV1);
        onlyInV2 = List.copyOf(onlyInV2);
        mismatchedByColumn = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(mismatchedByColumn));
        samples = List.copyOf(samples);
    }

    /** True when every key is on both sides exactly once and every compared column agrees. */
    public boolean clean() {
        return missingInV1 == 0 && missingInV2 == 0 && mismatched == 0 && duplicateKeysV1 == 0 && duplicateKeysV2 == 0;
    }

    /** The rule that decided, in words. */
    public String rule() {
        if (clean()) {
            return "all " + matched + " keys on both sides, " + comparedColumns.size()
                    + " columns equal within absolute tolerance "
                    + io.abaco.validation.Numbers.format(absoluteTolerance);
        }
        return "missing in V1 " + missingInV1 + ", missing in V2 " + missingInV2 + ", mismatched " + mismatched
                + ", duplicate keys V1 " + duplicateKeysV1 + " / V2 " + duplicateKeysV2;
    }
}
