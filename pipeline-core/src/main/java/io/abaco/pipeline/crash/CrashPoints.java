package io.abaco.pipeline.crash;

/**
 * A testing knob for the crash tests of the pipeline and the cutover: when the environment variable {@value #VARIABLE} names a step, the
 * JVM halts there ({@code Runtime.halt(137)}, as if killed by SIGKILL: no shutdown hooks, no finally blocks).
 *
 * <p>Steps of {@code abaco pipeline run}'s output (N counts from 1):
 *
 * <ul>
 *   <li>{@code pipeline.staged}: every output and run file written under a temporary name, nothing renamed yet;
 *   <li>{@code pipeline.intent}: the commit intent ({@code .commit.json}) is durable in the staged run directory;
 *   <li>{@code pipeline.output.N}: after the Nth data output is renamed to its final name;
 *   <li>{@code pipeline.outputs}: after every data output is renamed, before the run directory is published;
 *   <li>{@code pipeline.published}: after the run directory is renamed into place.
 * </ul>
 *
 * Steps of the cutover module:
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
 *
 * <p>A second knob, {@value #PAUSE_VARIABLE}{@code =<step>:<seconds>}, makes the process sleep at that step instead,
 * so that a test can act while a command is known to be in the middle of its work (holding its locks, say) without
 * depending on how fast the machine is.
 */
public final class CrashPoints {
    public static final String VARIABLE = "ABACO_CRASH_AT";
    public static final int EXIT_CODE = 137;
    private static final String TARGET = System.getenv(VARIABLE);
    public static final String PAUSE_VARIABLE = "ABACO_PAUSE_AT";
    private static final String PAUSE = System.getenv(PAUSE_VARIABLE);

    private CrashPoints() {}

    /** Halts the JVM if {@code step} is the configured crash point, sleeps if it is the pause point. */
    public static void reach(String step) {
        if (PAUSE != null && PAUSE.startsWith(step + ":")) pause(step, PAUSE.substring(step.length() + 1));
        if (TARGET != null && TARGET.equals(step)) {
            System.err.println(VARIABLE + ": halting at " + step);
            System.err.flush();
            Runtime.getRuntime().halt(EXIT_CODE);
        }
    }

    private static void pause(String step, String seconds) {
        try {
            Thread.sleep(Long.parseLong(seconds.trim()) * 1000);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(PAUSE_VARIABLE + ": expected <step>:<seconds>, got " + PAUSE, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
