package io.abaco.cutover.rollback;

/** One timed step of a rollback, as written in rollback.json. {@code status}: PASS, FAIL or SKIPPED. */
public record RollbackStep(String name, String status, long durationMs, String message) {}
