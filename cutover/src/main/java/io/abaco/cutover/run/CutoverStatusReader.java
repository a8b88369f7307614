package io.abaco.cutover.run;

import io.abaco.config.Workspace;
import io.abaco.cutover.journal.CutoverIds;
import io.abaco.cutover.journal.JournalState;
import io.abaco.cutover.journal.PhaseProgress;
import io.abaco.cutover.journal.PhaseState;
import io.abaco.cutover.lock.LockStatus;
import io.abaco.cutover.lock.WorkspaceLock;
import io.abaco.cutover.rollback.RollbackRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads {@link CutoverStatus} from the latest cutover's journal, its rollback record and the lock. Read-only. */
final class CutoverStatusReader {
    private CutoverStatusReader() {}

    static CutoverStatus read(Workspace workspace) {
        LockStatus lock = WorkspaceLock.status(workspace);
        String active = Cutover.active(workspace);
        List<String> warnings = new ArrayList<>();
        if (lock.state() == LockStatus.State.STALE) {
            warnings.add("stale lock left by " + lock.owner() + ": add --force-unlock to take it over");
        }
        Optional<String> current = CutoverIds.current(workspace);
        if (current.isEmpty()) {
            return new CutoverStatus(null, "none", List.of(), active, lock, "abaco cutover run", warnings);
        }
        String id = current.get();
        JournalState journal = JournalState.read(workspace.cutoverDir(id));
        if (journal.tornTail()) warnings.add("the journal's last line is torn (a crash while writing it)");
        if (!journal.damagedLines().isEmpty()) warnings.add("unreadable journal lines: " + journal.damagedLines());
        List<PhaseState> phases = journal.phases();
        String state;
        String next;
        Optional<RollbackRecord> rollback = RollbackRecord.read(workspace.cutoverDir(id));
        boolean rollbackStarted = rollback.map(RollbackRecord::running).orElse(false);
        if (rollbackLock(lock, LockStatus.State.HELD)) {
            state = "rolling_back";
            next = null;
        } else if (rollbackStarted || rollbackLock(lock, LockStatus.State.STALE)) {
            state = "rollback_interrupted";
            next = "abaco rollback" + (lock.state() == LockStatus.State.STALE ? " --force-unlock" : "")
                    + "   (a rollback was killed; running it again is safe)";
        } else if (rollback.isPresent() && "FAIL".equals(rollback.get().status())) {
            state = "rollback_failed";
            next = "abaco rollback   (after fixing: " + rollback.get().error() + ")";
        } else if (rollback.map(RollbackRecord::succeeded).orElse(false)) {
            state = "rolled_back";
            next = "abaco cutover run   (a new cutover, when the cause is fixed)";
        } else if (journal.complete()) {
            state = "completed";
            next = "abaco monitor --interval 1h --duration 24h";
        } else if (!journal.interrupted().isEmpty()) {
            state = "interrupted";
            next = "abaco cutover resume   (or: abaco rollback)";
        } else if (phases.stream().anyMatch(phase -> phase.progress() == PhaseProgress.FAILED)) {
            state = "failed";
            next = "abaco cutover resume   (after fixing the failure; or: abaco rollback)";
        } else if (lock.state() == LockStatus.State.STALE) {
            // killed between two phases: every phase it started has ended, but the cutover is not running
            state = "interrupted";
            next = "abaco cutover resume   (or: abaco rollback)";
        } else {
            state = "in_progress";
            next = lock.state() == LockStatus.State.HELD ? null : "abaco cutover resume";
        }
        if (next != null && lock.state() == LockStatus.State.STALE && next.startsWith("abaco cutover resume")) {
            next = next.replace("abaco cutover resume", "abaco cutover resume --force-unlock")
                    .replace("or: abaco rollback)", "or: abaco rollback --force-unlock)");
        }
        return new CutoverStatus(id, state, phases, active, lock, next, warnings);
    }

    /** A rollback holds the lock (HELD) or was killed holding it (STALE). */
    private static boolean rollbackLock(LockStatus lock, LockStatus.State state) {
        return lock.state() == state
                && lock.owner() != null
                && "rollback".equals(lock.owner().command());
    }
}
