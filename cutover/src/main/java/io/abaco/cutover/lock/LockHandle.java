package io.abaco.cutover.lock;

/**
 * A held lock; closing it releases the lock. Close it in a try-with-resources. {@link #close} is idempotent.
 */
public interface LockHandle extends AutoCloseable {
    /** Who holds it: this process. */
    LockOwner owner();

    @Override
    void close();
}
