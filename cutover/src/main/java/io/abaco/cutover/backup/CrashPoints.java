package io.abaco.cutover.backup;

/**
 * A testing knob for crash tests: when the environment variable {@value #VARIABLE} names a step, the JVM halts
 * there ({@code Runtime.halt(137)}, as if killed: no shutdown hooks, no finally blocks), so tests exercise the real
 * production code path up to the crash.
 *
 * <p>Steps (N counts from 1):
 *
 * <ul>
 *   <li>{@code backup.file.N} after the Nth file is copied into the staging directory;
 *   <li>{@code backup.table.N} after the Nth table is dumped into it;
 *   <li>{@code backup.verified} after the staged backup is read back and verified, before it is renamed into place;
 *   <li>{@code restore.verified} after the backup is verified, before anything is changed;
 *   <li>{@code restore.exported} after the v2-era export is in place;
 *   <li>{@code restore.file.N} after the Nth file is restored (or moved aside);
 *   <li>{@code restore.table.N} after the Nth table is loaded, before the transaction commits;
 *   <li>{@code restore.committed} after the tables' transaction commits;
 *   <li>{@code phase.<name>.started} after a cutover phase's start is journaled, before its work
 *       ({@code phase.backup.started});
 *   <li>{@code phase.<name>.finished} after its report and closing journal entry are written.
 * </ul>
 *
 * v2-era exports use the backup steps with the prefix {@code export} ({@code export.file.N}, …).
 */
public final class CrashPoints {
    public static final String VARIABLE = "ABACO_CRASH_AT";
    public static final int EXIT_CODE = 137;
    private static final String TARGET = System.getenv(VARIABLE);

    private CrashPoints() {}

    /** Halts the JVM if {@code step} is the configured crash point; otherwise does nothing. */
    public static void reach(String step) {
        if (TARGET != null && TARGET.equals(step)) {
            System.err.println("ABACO_CRASH_AT: halting at " + step);
            System.err.flush();
            Runtime.getRuntime().halt(EXIT_CODE);
        }
    }
}
