package io.abaco.cutover.backup;

/**
 * How long one step of a restore took.
 *
 * @param step e.g. {@code verify_backup}, {@code export_v2_era}, {@code restore_files}, {@code restore_tables},
 *     {@code verify_restored}
 * @param durationMs elapsed milliseconds
 */
public record StepTiming(String step, long durationMs) {}
