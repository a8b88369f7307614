package io.abaco.cutover.lock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.abaco.config.Workspace;
import io.abaco.cutover.ChildJvm;
import io.abaco.cutover.report.CutoverJson;
import io.abaco.error.StateRefusedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceLockTest {
    @TempDir
    Path root;

    private Process child;

    @AfterEach
    void stopChild() throws Exception {
        if (child != null && child.isAlive()) {
            child.destroyForcibly();
            child.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void recordsTheOwnerAndReleasesOnClose() throws Exception {
        Workspace workspace = new Workspace(root);
        Clock clock = Clock.fixed(Instant.parse("2026-11-22T08:15:00Z"), ZoneOffset.UTC);

        try (LockHandle handle = WorkspaceLock.acquire(workspace, "cutover run", false, clock)) {
            JsonNode owner = CutoverJson.compact()
                    .readTree(WorkspaceLock.lockFile(workspace).toFile());
            assertThat(owner.fieldNames()).toIterable().containsExactly("host", "pid", "started_at", "command");
            assertThat(owner.get("pid").asLong())
                    .isEqualTo(ProcessHandle.current().pid());
            assertThat(owner.get("command").asText()).isEqualTo("cutover run");
            assertThat(owner.get("started_at").asText()).isEqualTo("2026-11-22T08:15:00Z");
            assertThat(WorkspaceLock.status(workspace).state()).isEqualTo(LockStatus.State.HELD);
            assertThat(handle.owner().command()).isEqualTo("cutover run");
        }

        assertThat(WorkspaceLock.status(workspace).state()).isEqualTo(LockStatus.State.FREE);
        try (LockHandle again = WorkspaceLock.acquire(workspace, "rollback")) {
            assertThat(again.owner().command()).isEqualTo("rollback");
        }
    }

    @Test
    void aSecondAcquisitionInTheSameJvmIsRefused() {
        Workspace workspace = new Workspace(root);
        try (LockHandle ignored = WorkspaceLock.acquire(workspace, "cutover run")) {
            assertThatThrownBy(() -> WorkspaceLock.acquire(workspace, "rollback", true))
                    .isInstanceOf(StateRefusedException.class)
                    .hasMessageStartingWith("cutover lock held by cutover run (pid "
                            + ProcessHandle.current().pid());
            // the refused attempt must not have dropped the first holder's OS lock
            assertThat(WorkspaceLock.status(workspace).state()).isEqualTo(LockStatus.State.HELD);
        }
    }

    @Test
    void aLockHeldByAnotherLiveProcessIsRefusedNamingIt() throws Exception {
        Workspace workspace = new Workspace(root);
        long pid = startHolder(workspace);

        assertThatThrownBy(() -> WorkspaceLock.acquire(workspace, "rollback", true))
                .isInstanceOf(StateRefusedException.class)
                .hasMessageMatching("cutover lock held by cutover run \\(pid " + pid
                        + " on host .+ since \\d{4}-\\d\\d-\\d\\dT.+\\)");
        assertThat(WorkspaceLock.status(workspace).state()).isEqualTo(LockStatus.State.HELD);
        assertThat(WorkspaceLock.auditFile(workspace)).doesNotExist();
    }

    @Test
    void aKilledHoldersLockIsStaleAndTakenOverOnlyWithForceUnlockWithAnAuditRecord() throws Exception {
        Workspace workspace = new Workspace(root);
        long pid = startHolder(workspace);
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

        LockStatus status = WorkspaceLock.status(workspace);
        assertThat(status.state()).isEqualTo(LockStatus.State.STALE);
        assertThat(status.owner().pid()).isEqualTo(pid);
        assertThatThrownBy(() -> WorkspaceLock.acquire(workspace, "cutover resume"))
                .isInstanceOf(StateRefusedException.class)
                .hasMessageContaining("stale cutover lock left by cutover run (pid " + pid)
                .hasMessageEndingWith("rerun with --force-unlock to take it over");
        assertThat(WorkspaceLock.auditFile(workspace)).doesNotExist();

        try (LockHandle handle = WorkspaceLock.acquire(workspace, "cutover resume", true)) {
            assertThat(handle.owner().pid()).isEqualTo(ProcessHandle.current().pid());
        }

        List<String> audit = Files.readAllLines(WorkspaceLock.auditFile(workspace));
        assertThat(audit).hasSize(1);
        JsonNode record = CutoverJson.compact().readTree(audit.get(0));
        assertThat(record.get("action").asText()).isEqualTo("force-unlock");
        assertThat(record.get("by").get("pid").asLong())
                .isEqualTo(ProcessHandle.current().pid());
        assertThat(record.get("by").get("command").asText()).isEqualTo("cutover resume");
        assertThat(record.get("previous_owner").get("pid").asLong()).isEqualTo(pid);
        assertThat(record.get("previous_owner").get("command").asText()).isEqualTo("cutover run");
        assertThat(record.get("at").asText()).isNotBlank();
    }

    @Test
    void anUnreadableStaleRecordIsStillStaleAndAuditedRaw() throws Exception {
        Workspace workspace = new Workspace(root);
        Files.createDirectories(workspace.stateDir());
        Files.writeString(WorkspaceLock.lockFile(workspace), "{\"host\":\"h1\",\"pi");

        assertThat(WorkspaceLock.status(workspace).state()).isEqualTo(LockStatus.State.STALE);
        assertThatThrownBy(() -> WorkspaceLock.acquire(workspace, "rollback"))
                .isInstanceOf(StateRefusedException.class)
                .hasMessageStartingWith("stale cutover lock left by an unknown process");
        WorkspaceLock.acquire(workspace, "rollback", true).close();

        JsonNode record = CutoverJson.compact()
                .readTree(Files.readAllLines(WorkspaceLock.auditFile(workspace)).get(0));
        assertThat(record.get("previous_owner").isNull()).isTrue();
        assertThat(record.get("previous_record").asText()).isEqualTo("{\"host\":\"h1\",\"pi");
    }

    private long startHolder(Workspace workspace) throws Exception {
        Path log = root.resolve("holder.log");
        child = ChildJvm.start(
                LockHolderMain.class, Map.of(), log, workspace.root().toString(), "cutover run");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            String out = Files.exists(log) ? Files.readString(log) : "";
            if (out.startsWith("LOCKED "))
                return Long.parseLong(out.substring(7).trim());
            assertThat(child.isAlive()).as("lock holder died: %s", out).isTrue();
            Thread.sleep(50);
        }
        throw new AssertionError("lock holder did not take the lock: " + Files.readString(log));
    }
}
