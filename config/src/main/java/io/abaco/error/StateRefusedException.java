package io.abaco.error;

/** Refused because of the system's state: a lock held, phases out of order, nothing to roll back. Exit 3. */
public class StateRefusedException extends AbacoException {
    public StateRefusedException(String message) {
        super(message);
    }
}
