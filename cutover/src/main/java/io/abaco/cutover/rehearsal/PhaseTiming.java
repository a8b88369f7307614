package io.abaco.cutover.rehearsal;

/**
 * How long one step of a rehearsal took.
 *
 * @param name a cutover phase ({@code backup}) or a rollback step ({@code restore})
 * @param status PASS, FAIL or SKIPPED
 * @param durationMs wall time in milliseconds
 * @param message the error of a failed step, else null
 */
public record PhaseTiming(String name, String status, long durationMs, String message) {}
