package io.abaco.cutover.run;

import io.abaco.cutover.journal.PhaseState;
import io.abaco.cutover.lock.LockStatus;
import java.util.List;

/**
 * Where a cutover stands, from its journal (the truth, DESIGN §8) — printed by {@code abaco cutover status}.
 *
 * @param cutoverId null when no cutover was ever started
 * @param state none | in_progress | failed | interrupted | completed | rolled_back, or for a rollback that did not
 *     finish: rolling_back (it holds the lock) | rollback_interrupted (killed) | rollback_failed
 * @param phases each phase with its progress and attempts, in order
 * @param activePipeline v1 or v2
 * @param lock the workspace lock
 * @param nextCommand the exact command to run next, or null when nothing is to be done
 * @param warnings journal damage (a torn last line, unreadable lines) and similar
 */
public record CutoverStatus(
        String cutoverId,
        String state,
        List<PhaseState> phases,
        String activePipeline,
        LockStatus lock,
        String nextCommand,
        List<String> warnings) {
    public CutoverStatus {
        phases = List.copyOf(phases);
        warnings = List.copyOf(warnings);
    }
}
