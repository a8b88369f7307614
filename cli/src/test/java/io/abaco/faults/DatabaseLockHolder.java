package io.abaco.faults;

import io.abaco.cutover.lock.DatabaseLock;
import io.abaco.cutover.lock.LockHandle;
import io.abaco.error.StateRefusedException;

/**
 * A separate JVM that takes the cutover's database advisory lock, holds it, and exits 0; or exits 3 with the refusal
 * on stderr. Arguments: JDBC URL, schema, milliseconds to hold.
 */
public final class DatabaseLockHolder {
    private DatabaseLockHolder() {}

    public static void main(String[] args) throws InterruptedException {
        try (LockHandle lock = DatabaseLock.acquire(args[0], "postgres", null, args[1], "fault-suite")) {
            System.out.println("acquired by " + lock.owner());
            System.out.flush();
            Thread.sleep(Long.parseLong(args[2]));
        } catch (StateRefusedException refused) {
            System.err.println("refused: " + refused.getMessage());
            System.exit(3);
        }
        System.exit(0);
    }
}
