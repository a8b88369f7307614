package io.abaco.cutover.presentation;

import java.time.Instant;
import java.util.List;

/**
 * One phase of the timeline: its latest report, and every attempt the journal recorded.
 *
 * @param order 0..5 for the six phases, higher for phases this version does not know
 * @param phase the phase's CLI name, e.g. {@code staging-validate}
 * @param status PASS, FAIL or SKIPPED from the phase report; INTERRUPTED or NOT_RUN when there is no report (from
 *     the journal)
 * @param fromReport true when {@code status} comes from a phase report file (only then is it shown with ✓/✗)
 * @param startedAt when the last attempt started, null when unknown
 * @param finishedAt when it finished, null when unknown
 * @param durationMs elapsed milliseconds, null when unknown
 * @param checks the checks of the last attempt, in order
 * @param artifacts the files the phase recorded
 * @param error the phase's error line, or null
 * @param attempts the journal events of this phase, in order
 * @param reportFile the report's file name, or null when there is none
 */
public record PhaseSummary(
        int order,
        String phase,
        String status,
        boolean fromReport,
        Instant startedAt,
        Instant finishedAt,
        Long durationMs,
        List<CheckRow> checks,
        List<ArtifactRef> artifacts,
        String error,
        List<AttemptRow> attempts,
        String reportFile) {
    public PhaseSummary {
        checks = List.copyOf(checks);
        artifacts = List.copyOf(artifacts);
        attempts = List.copyOf(attempts);
    }

    /** How many times the phase started according to the journal (at least 1 when a report exists). */
    public int attemptCount() {
        int started =
                (int) attempts.stream().filter(a -> "started".equals(a.event())).count();
        return Math.max(started, fromReport ? 1 : 0);
    }
}
