package io.abaco.error;

/**
 * A peer we depend on failed: a database that does not answer, an HTTP API down, a service that would not start.
 * The verdict of the work is negative (exit 1); the message names the peer, never its credentials.
 */
public class ExternalServiceException extends AbacoException {
    public ExternalServiceException(String message) {
        super(message);
    }

    public ExternalServiceException(String message, Throwable cause) {
        super(message, cause);
    }
}
