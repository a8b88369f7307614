package io.abaco.error;

/**
 * The work ran and its verdict is negative: a check or a phase FAILED (exit 1). Thrown only by the thin wrapper
 * that must stop; checks themselves return results.
 */
public class VerdictException extends AbacoException {
    public VerdictException(String message) {
        super(message);
    }
}
