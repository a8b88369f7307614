package io.abaco.cutover.lock;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;

/**
 * Who holds (or held) the cutover lock, as written in {@code .abaco/cutover.lock}: {@code {host, pid, started_at,
 * command}}.
 *
 * @param host host name of the owner
 * @param pid process id of the owner
 * @param startedAt when it took the lock
 * @param command what it runs, e.g. {@code cutover run} or {@code rollback}
 */
public record LockOwner(String host, long pid, Instant startedAt, String command) {
    /** This process, running {@code command}, from now. */
    public static LockOwner current(String command, Instant now) {
        return new LockOwner(hostName(), ProcessHandle.current().pid(), now, command);
    }

    /** {@code <command> (pid N on host H since T)}. */
    public String describe() {
        return command + " (pid " + pid + " on host " + host + " since " + startedAt + ")";
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            String name = ManagementFactory.getRuntimeMXBean().getName();
            int at = name.indexOf('@');
            return at >= 0 ? name.substring(at + 1) : "unknown";
        }
    }
}
