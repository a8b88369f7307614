package io.abaco.cutover.report;

import io.abaco.validation.CheckResult;
import java.time.Instant;
import java.util.List;

/** TEMPORARY stand-in. */
public record PhaseReport(
        String cutoverId,
        String phase,
        String status,
        Instant startedAt,
        Instant finishedAt,
        long durationMs,
        List<CheckResult> checks,
        List<Artifact> artifacts,
        String error) {}
