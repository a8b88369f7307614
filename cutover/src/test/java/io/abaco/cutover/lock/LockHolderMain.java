package io.abaco.cutover.lock;

import io.abaco.config.Workspace;
import java.nio.file.Path;

/** Child process of the lock tests: takes the workspace lock, says so, and holds it until killed. */
public final class LockHolderMain {
    public static void main(String[] args) throws Exception {
        LockHandle handle = WorkspaceLock.acquire(new Workspace(Path.of(args[0])), args[1]);
        System.out.println("LOCKED " + handle.owner().pid());
        System.out.flush();
        Thread.sleep(120_000);
    }
}
