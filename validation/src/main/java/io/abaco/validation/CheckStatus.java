package io.abaco.validation;

/** The verdict of one check. {@code WARN} never fails a run; {@code SKIPPED} says why in its message. */
public enum CheckStatus {
    PASS,
    WARN,
    FAIL,
    SKIPPED
}
