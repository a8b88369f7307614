package io.abaco.error;

/** A command was called wrongly: a bad flag value, a missing argument, a directory that must be empty. Exit 2. */
public class UsageException extends AbacoException {
    public UsageException(String message) {
        super(message);
    }
}
