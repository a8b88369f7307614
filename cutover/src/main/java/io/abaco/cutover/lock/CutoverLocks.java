package io.abaco.cutover.lock;

import io.abaco.config.Workspace;
import io.abaco.config.model.DatabaseConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * The locks one cutover or rollback holds (DESIGN §12.3): the workspace file lock and, when a database is
 * configured, its advisory lock. Released in reverse order on close; the OS releases both if the process dies.
 */
public final class CutoverLocks implements AutoCloseable {
    private final List<LockHandle> held;

    private CutoverLocks(List<LockHandle> held) {
        this.held = held;
    }

    /**
     * @throws io.abaco.error.StateRefusedException when another live process holds either lock
     */
    public static CutoverLocks acquire(
            Workspace workspace, DatabaseConfig database, String command, boolean forceUnlock) {
        List<LockHandle> held = new ArrayList<>();
        CutoverLocks locks = new CutoverLocks(held);
        try {
            held.add(WorkspaceLock.acquire(workspace, command, forceUnlock));
            if (database != null && database.enabled()) {
                held.add(DatabaseLock.acquire(
                        database.url(), database.user(), database.password(), database.schema(), command));
            }
            return locks;
        } catch (RuntimeException e) {
            locks.close();
            throw e;
        }
    }

    @Override
    public void close() {
        for (int i = held.size() - 1; i >= 0; i--) {
            try {
                held.get(i).close();
            } catch (Exception ignored) {
                // the OS releases the lock when the process ends anyway
            }
        }
        held.clear();
    }
}
