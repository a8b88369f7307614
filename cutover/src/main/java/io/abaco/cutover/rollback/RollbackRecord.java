package io.abaco.cutover.rollback;

import io.abaco.cutover.backup.RestoreResult;
import io.abaco.cutover.report.CutoverJson;
import io.abaco.error.InputDataException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@code logs/cutover/<id>/rollback.json}: what a rollback did, step by step with timings; written also when it
 * fails.
 *
 * @param status PASS, FAIL, DRY_RUN, or RUNNING (written when the rollback starts: still there after a crash)
 * @param restore what the restore did (null when it did not get that far)
 */
public record RollbackRecord(
        String cutoverId,
        String status,
        Instant startedAt,
        Instant finishedAt,
        long durationMs,
        List<RollbackStep> steps,
        RestoreResult restore,
        String error) {
    public static final String FILE_NAME = "rollback.json";

    public RollbackRecord {
        steps = List.copyOf(steps);
    }

    public static final String RUNNING = "RUNNING";

    /** Started and never finished: a rollback running now, or one that was killed. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean running() {
        return RUNNING.equals(status);
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean succeeded() {
        return "PASS".equals(status);
    }

    public static Optional<RollbackRecord> read(Path cutoverDir) {
        Path file = cutoverDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) return Optional.empty();
        try {
            return Optional.of(CutoverJson.compact().readValue(file.toFile(), RollbackRecord.class));
        } catch (IOException e) {
            throw new InputDataException(file + ": unreadable rollback record: " + e.getMessage(), e);
        }
    }
}
