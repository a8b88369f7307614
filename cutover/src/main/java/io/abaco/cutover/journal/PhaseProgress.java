package io.abaco.cutover.journal;

/** Where one phase stands according to the journal. */
public enum PhaseProgress {
    NOT_STARTED,
    PASSED,
    FAILED,
    SKIPPED,
    /** Started and never finished: the process died (or was stopped) during the phase. */
    INTERRUPTED;

    /** Whether resume can move past the phase: it passed, or was deliberately skipped. */
    public boolean done() {
        return this == PASSED || this == SKIPPED;
    }
}
