package io.abaco.cutover.presentation;

import java.time.Instant;

/**
 * One journal event ({@code journal.jsonl}).
 *
 * @param at when it happened, null when the line had no readable time
 * @param phase the phase's CLI name, or null
 * @param event started, passed, failed, skipped or interrupted (as written)
 * @param attempt the attempt number, 0 when absent
 * @param detail the line for people, or null
 */
public record AttemptRow(Instant at, String phase, String event, int attempt, String detail) {}
