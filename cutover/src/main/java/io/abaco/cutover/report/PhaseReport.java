package io.abaco.cutover.report;

import io.abaco.cutover.Phase;
import io.abaco.validation.CheckResult;
import java.time.Instant;
import java.util.List;

/**
 * What one phase did, written to {@code logs/cutover/<id>/NN-<phase>.json} (DESIGN §8), also when the phase failed.
 * The same record is printed by {@code --json}.
 *
 * @param cutoverId the cutover, e.g. {@code c-20261122T081500Z}
 * @param phase the phase (serialized by its CLI name)
 * @param status PASS, FAIL or SKIPPED
 * @param startedAt when the phase started (UTC)
 * @param finishedAt when it finished, successfully or not
 * @param durationMs elapsed milliseconds
 * @param checks the measured checks, in the order they ran
 * @param artifacts files produced, with checksums
 * @param error one operator-readable line when the phase failed, free of secrets; null otherwise
 */
public record PhaseReport(
        String cutoverId,
        Phase phase,
        PhaseStatus status,
        Instant startedAt,
        Instant finishedAt,
        long durationMs,
        List<CheckResult> checks,
        List<Artifact> artifacts,
        String error) {
    public PhaseReport {
        checks = List.copyOf(checks);
        artifacts = List.copyOf(artifacts);
    }

    /** The report file name of this phase, {@code NN-<phase>.json}. */
    public String fileName() {
        return phase.reportFileName();
    }
}
