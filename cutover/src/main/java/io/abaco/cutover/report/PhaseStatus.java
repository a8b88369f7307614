package io.abaco.cutover.report;

/** The verdict of one phase, as written in its report. */
public enum PhaseStatus {
    PASS,
    FAIL,
    SKIPPED
}
