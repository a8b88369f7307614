package io.abaco.cutover.presentation;

import java.time.Instant;
import java.util.List;

/**
 * The rollback of the cutover, from {@code rollback.json}.
 *
 * @param file the report file, workspace-relative
 * @param status the status as written, or null
 * @param startedAt when it started, or null
 * @param finishedAt when it finished, or null
 * @param durationMs elapsed milliseconds, or null
 * @param steps the steps in order
 * @param error the error line, or null
 */
public record RollbackSummary(
        String file,
        String status,
        Instant startedAt,
        Instant finishedAt,
        Long durationMs,
        List<RollbackStep> steps,
        String error) {
    public RollbackSummary {
        steps = List.copyOf(steps);
    }
}
