package io.abaco.cutover.presentation;

/**
 * The verdict of a whole cutover, derived from its phase reports and rollback report (never read from a file, so
 * renderers show it as a word, never as a ✓).
 */
public enum OverallVerdict {
    /** Every phase passed and no rollback happened. */
    PASSED,
    /** A phase failed and no rollback was recorded. */
    FAILED,
    /** A rollback ran and did not report a failure. */
    ROLLED_BACK,
    /** A rollback ran and reported a failure: the system needs an operator. */
    ROLLBACK_FAILED,
    /** No phase failed, but not every phase passed yet (running, interrupted or resumed later). */
    INCOMPLETE;

    public String label() {
        return name().replace('_', ' ');
    }
}
