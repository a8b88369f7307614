package io.abaco.cutover.rehearsal;

import java.util.List;

/**
 * What {@code abaco cutover rehearse} did: the whole cutover, then the rollback, with timings, and the final check
 * that everything is back to the pre-cutover checksums. Written to {@code logs/cutover/<id>/rehearsal.json} and
 * printed by {@code --json}.
 *
 * @param environment the configuration environment rehearsed on (staging unless told otherwise)
 * @param cutoverId the rehearsal's cutover; null when it was refused before one started
 * @param cutoverStatus PASS or FAIL
 * @param cutoverMs wall time of the cutover in milliseconds
 * @param phases each phase that ran, in order
 * @param rollbackStatus PASS, FAIL, or SKIPPED when there was nothing to roll back (no backup taken)
 * @param rollbackMs wall time of the rollback in milliseconds (0 when skipped)
 * @param rollbackSteps each rollback step, in order
 * @param restoredToPreCutover the final check
 * @param passed true only when the cutover, the rollback and the final check all passed
 * @param problems one line per part that failed
 */
public record RehearsalResult(
        String environment,
        String cutoverId,
        String cutoverStatus,
        long cutoverMs,
        List<PhaseTiming> phases,
        String rollbackStatus,
        long rollbackMs,
        List<PhaseTiming> rollbackSteps,
        RestoredCheck restoredToPreCutover,
        boolean passed,
        List<String> problems) {
    public static final String FILE_NAME = "rehearsal.json";

    public RehearsalResult {
        phases = List.copyOf(phases);
        rollbackSteps = List.copyOf(rollbackSteps);
        problems = List.copyOf(problems);
    }
}
