package io.abaco.error;

/**
 * Input data cannot be used: a malformed tape, an unreadable file, a corrupted backup (exit 2). The message names
 * file:line:column where it applies.
 */
public class InputDataException extends AbacoException {
    public InputDataException(String message) {
        super(message);
    }

    public InputDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
