package io.abaco.validation.shadow;

/**
 * One sampled row-level difference between V1's and V2's loan-level output.
 *
 * @param kind what differs
 * @param loanId the key's loan_id
 * @param measurementDate the key's measurement_date (ISO date as written)
 * @param column the differing column for {@link Kind#MISMATCH}, null otherwise
 * @param v1Value V1's value as text, null when absent
 * @param v2Value V2's value as text, null when absent
 */
public record RowDifference(
        Kind kind, String loanId, String measurementDate, String column, String v1Value, String v2Value) {
    public enum Kind {
        MISSING_IN_V1,
        MISSING_IN_V2,
        MISMATCH
    }
}
