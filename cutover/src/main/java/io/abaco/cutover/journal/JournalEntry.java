package io.abaco.cutover.journal;

import io.abaco.cutover.Phase;
import java.time.Instant;

/**
 * One line of {@code journal.jsonl}: {@code {at, cutover_id, phase, event, attempt, detail}}.
 *
 * @param at when it happened (UTC)
 * @param cutoverId the cutover
 * @param phase the phase
 * @param event what happened
 * @param attempt 1 for the first run of the phase, 2 for the second, …
 * @param detail one line for people, free of secrets; may be null
 */
public record JournalEntry(Instant at, String cutoverId, Phase phase, JournalEvent event, int attempt, String detail) {}
