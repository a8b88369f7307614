package io.abaco.cutover.run;

/** Where one phase stands according to the journal. */
public enum PhaseState {
    PENDING,
    PASS,
    FAIL,
    /** Started and never finished: the process died in the middle. */
    INTERRUPTED,
    SKIPPED
}
