package io.abaco.pipeline.audit;

/**
 * Outcome of {@link AuditTrail#verify}.
 *
 * @param ok whether the whole chain verifies
 * @param lines lines read
 * @param line 1-based line at fault, 0 when ok
 * @param reason what is wrong, null when ok
 */
public record AuditVerification(boolean ok, long lines, long line, String reason) {
    static AuditVerification passed(long lines) {
        return new AuditVerification(true, lines, 0, null);
    }

    static AuditVerification failed(long lines, long line, String reason) {
        return new AuditVerification(false, lines, line, reason);
    }
}
