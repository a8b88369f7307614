package io.abaco.cutover.journal;

import io.abaco.cutover.Phase;
import java.time.Instant;

/**
 * One phase as the journal tells it.
 *
 * @param phase the phase
 * @param progress where it stands
 * @param attempts how many times it was started
 * @param lastAt time of its last entry, null when not started
 * @param lastDetail detail of its last entry, may be null
 */
public record PhaseState(Phase phase, PhaseProgress progress, int attempts, Instant lastAt, String lastDetail) {
    static PhaseState notStarted(Phase phase) {
        return new PhaseState(phase, PhaseProgress.NOT_STARTED, 0, null, null);
    }
}
