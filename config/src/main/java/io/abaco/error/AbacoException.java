package io.abaco.error;

/**
 * Root of every exception abaco's modules throw on purpose. The CLI maps each subclass to one exit code
 * (DESIGN §11); anything that is not an {@code AbacoException} is treated as an internal error.
 *
 * <p>Messages are written for operators: one or two lines naming the file:line:column or the key path, and
 * never holding a secret value.
 */
public abstract class AbacoException extends RuntimeException {
    protected AbacoException(String message) {
        super(message);
    }

    protected AbacoException(String message, Throwable cause) {
        super(message, cause);
    }
}
