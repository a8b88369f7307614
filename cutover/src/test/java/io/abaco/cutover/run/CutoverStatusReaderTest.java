package io.abaco.cutover.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.abaco.config.Workspace;
import io.abaco.cutover.Phase;
import io.abaco.cutover.lock.LockHandle;
import io.abaco.cutover.lock.LockOwner;
import io.abaco.cutover.lock.WorkspaceLock;
import io.abaco.cutover.report.CutoverJson;
import io.abaco.cutover.report.PhaseReport;
import io.abaco.cutover.report.PhaseStatus;
import io.abaco.cutover.rollback.RollbackRecord;
import io.abaco.validation.CheckResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code cutover status} says after a crash or a rollback that did not finish: never "completed". */
class CutoverStatusReaderTest {
    private static final String ID = "c-20261122T090000Z";

    @TempDir
    Path root;

    private Workspace workspace;
    private JournaledRecorder recorder;

    @BeforeEach
    void journal() {
        workspace = new Workspace(root);
        recorder = new JournaledRecorder(workspace.cutoverDir(ID), ID, Clock.systemUTC());
    }

    @Test
    void killedBetweenTwoPhasesIsInterruptedNotInProgress() throws IOException {
        pass(Phase.PREFLIGHT);
        pass(Phase.BACKUP);
        staleLock("cutover run");

        CutoverStatus status = CutoverStatusReader.read(workspace);

        assertThat(status.state()).isEqualTo("interrupted");
        assertThat(status.nextCommand())
                .isEqualTo("abaco cutover resume --force-unlock   (or: abaco rollback --force-unlock)");
    }

    @Test
    void phasesRunOneByOneWithTheLockFreeAreInProgress() {
        pass(Phase.PREFLIGHT);

        CutoverStatus status = CutoverStatusReader.read(workspace);

        assertThat(status.state()).isEqualTo("in_progress");
        assertThat(status.nextCommand()).isEqualTo("abaco cutover resume");
    }

    @Test
    void aKilledRollbackOfACompletedCutoverIsRollbackInterrupted() throws IOException {
        for (Phase phase : Phase.values()) pass(phase);
        staleLock("rollback");

        CutoverStatus status = CutoverStatusReader.read(workspace);

        assertThat(status.state()).isEqualTo("rollback_interrupted");
        assertThat(status.nextCommand()).startsWith("abaco rollback --force-unlock");
    }

    @Test
    void aRollbackRecordedAsRunningWithNoOneHoldingTheLockWasKilled() {
        for (Phase phase : Phase.values()) pass(phase);
        rollbackRecord(RollbackRecord.RUNNING, null);

        CutoverStatus status = CutoverStatusReader.read(workspace);

        assertThat(status.state()).isEqualTo("rollback_interrupted");
        assertThat(status.nextCommand())
                .isEqualTo("abaco rollback   (a rollback was killed; running it again is safe)");
    }

    @Test
    void aRunningRollbackIsRollingBack() {
        for (Phase phase : Phase.values()) pass(phase);

        try (LockHandle ignored = WorkspaceLock.acquire(workspace, "rollback")) {
            CutoverStatus status = CutoverStatusReader.read(workspace);

            assertThat(status.state()).isEqualTo("rolling_back");
            assertThat(status.nextCommand()).isNull();
        }
    }

    @Test
    void aFailedRollbackIsRollbackFailedThenASuccessfulOneRolledBack() {
        for (Phase phase : Phase.values()) pass(phase);
        rollbackRecord("FAIL", "backup .rollback/" + ID + " failed verification");

        CutoverStatus failed = CutoverStatusReader.read(workspace);

        assertThat(failed.state()).isEqualTo("rollback_failed");
        assertThat(failed.nextCommand())
                .isEqualTo("abaco rollback   (after fixing: backup .rollback/" + ID + " failed verification)");

        rollbackRecord("PASS", null);

        assertThat(CutoverStatusReader.read(workspace).state()).isEqualTo("rolled_back");
    }

    private void pass(Phase phase) {
        recorder.phaseStarted(phase);
        Instant now = Instant.now();
        recorder.phaseFinished(new PhaseReport(
                ID,
                phase,
                PhaseStatus.PASS,
                now,
                now,
                0,
                List.of(CheckResult.pass("done", 1, null, "measured")),
                List.of(),
                null));
    }

    /** The lock file of a holder that died: its owner recorded, no OS lock on it. */
    private void staleLock(String command) throws IOException {
        LockOwner dead = new LockOwner("host-a", 999_999_999L, Instant.parse("2026-11-22T09:00:00Z"), command);
        Path file = WorkspaceLock.lockFile(workspace);
        Files.createDirectories(file.getParent());
        Files.writeString(file, CutoverJson.compact().writeValueAsString(dead) + "\n");
    }

    private void rollbackRecord(String status, String error) {
        try {
            Files.writeString(
                    workspace.cutoverDir(ID).resolve(RollbackRecord.FILE_NAME),
                    CutoverJson.compact()
                            .writeValueAsString(new RollbackRecord(
                                    ID, status, Instant.now(), Instant.now(), 5, List.of(), null, error)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
