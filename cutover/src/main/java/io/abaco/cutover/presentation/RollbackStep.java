package io.abaco.cutover.presentation;

/**
 * One step of a rollback.
 *
 * @param name the step (key {@code name} or {@code step})
 * @param status the status as written, or null when the producer records none
 * @param durationMs elapsed milliseconds, or null
 * @param message the step's line, or null
 */
public record RollbackStep(String name, String status, Long durationMs, String message) {}
