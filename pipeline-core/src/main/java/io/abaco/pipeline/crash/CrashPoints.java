package io.abaco.pipeline.crash;

/**
 * A testing knob for the pipeline's crash tests: when the environment variable {@value #VARIABLE} names a step, the
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
 * The cutover module's crash points share the variable (their step names start with {@code backup.},
 * {@code restore.}, {@code export.} or {@code phase.}).
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
