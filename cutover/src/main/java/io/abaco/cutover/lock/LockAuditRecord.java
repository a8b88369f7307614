package io.abaco.cutover.lock;

import java.time.Instant;

/**
 * One line of {@code .abaco/lock-audit.jsonl}: a lock taken over with {@code --force-unlock}.
 *
 * @param at when
 * @param action always {@code force-unlock} for now
 * @param by the process that took the lock over
 * @param previousOwner the owner recorded in the stale lock; null when its record was unreadable
 * @param previousRecord the raw stale lock content when it could not be read as an owner, else null
 */
public record LockAuditRecord(
        Instant at, String action, LockOwner by, LockOwner previousOwner, String previousRecord) {}
