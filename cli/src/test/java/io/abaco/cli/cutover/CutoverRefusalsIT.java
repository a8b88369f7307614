package io.abaco.cli.cutover;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.abaco.config.Workspace;
import io.abaco.cutover.lock.LockStatus;
import io.abaco.cutover.lock.WorkspaceLock;
import io.abaco.pipeline.crash.CrashPoints;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a cutover refuses, and what {@code cutover status} says in each state: two cutovers at once, a corrupted
 * backup, phases out of order, nothing to resume. Real {@code bin/abaco} processes, real V1 and V2.
 */
class CutoverRefusalsIT {
    private static final List<String> STATUS_KEYS =
            List.of("cutover_id", "state", "phases", "active_pipeline", "lock", "next_command", "warnings");

    @TempDir
    Path directory;

    private DemoWorkspace workspace;

    @AfterEach
    void killChildren() {
        if (workspace != null) workspace.close();
    }

    @Test
    void twoCutoverRunsAtOnceOnlyOneProceedsAndTheOtherNamesTheOwner() {
        workspace = DemoWorkspace.create(directory, 200, null);
        workspace.startV1();

        // the first holds the lock, paused in its first phase, when the second starts (started together, a JVM
        // delayed on a busy machine could begin after the whole, fast, cutover was over and be refused for that)
        AbacoProcess.Running first = workspace.startAbaco(
                Map.of(CrashPoints.PAUSE_VARIABLE, "phase.preflight.started:12"), "cutover", "run");
        awaitLockHeldBy(first.process().pid(), first);
        AbacoProcess.Running second = workspace.startAbaco(Map.of(), "cutover", "run");
        AbacoProcess.Result firstResult = first.await();
        AbacoProcess.Result secondResult = second.await();

        boolean firstWon = firstResult.exitCode() == 0;
        AbacoProcess.Result winner = firstWon ? firstResult : secondResult;
        AbacoProcess.Result loser = firstWon ? secondResult : firstResult;
        long winnerPid = (firstWon ? first : second).process().pid();
        assertThat(winner.exitCode()).as(winner.toString()).isZero();
        assertThat(loser.exitCode()).as(loser.toString()).isEqualTo(3);
        assertThat(loser.stderr())
                .startsWith("abaco: cutover lock held by cutover run (pid " + winnerPid + " on host ")
                .doesNotContain("\tat ");
        assertThat(loser.stderr().lines()).hasSizeLessThanOrEqualTo(2);
        assertThat(loser.stdout()).isEmpty();
        assertThat(workspace.cutoverIds())
                .as("the refused run started no cutover of its own")
                .hasSize(1);
        assertThat(workspace.status().get("state").asText()).isEqualTo("completed");
    }

    private void awaitLockHeldBy(long pid, AbacoProcess.Running process) {
        Workspace ws = new Workspace(workspace.root);
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && process.process().isAlive()) {
            LockStatus status = WorkspaceLock.status(ws);
            if (status.state() == LockStatus.State.HELD
                    && status.owner() != null
                    && status.owner().pid() == pid) {
                return;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("the first cutover run never held the lock");
    }

    @Test
    void rollbackWithACorruptedBackupFileRefusesBeforeAnyChangeAndNamesTheFile() throws IOException {
        workspace = DemoWorkspace.create(directory, 200, null);
        workspace.startV1();
        workspace.ok("cutover", "run");
        workspace.awaitV2FirstRun();
        String id = workspace.latestCutover();
        Path copy = workspace.path(".rollback/" + id + "/files/config/pipeline.yml");
        Files.writeString(copy, "# tampered\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        long v2 = workspace.service(DemoWorkspace.V2_PIDFILE).orElseThrow().pid();
        TreeSnapshot before = untouched();

        AbacoProcess.Result rollback = workspace.abaco("rollback");

        assertThat(rollback.exitCode()).as(rollback.toString()).isEqualTo(2);
        assertThat(rollback.stderr())
                .contains("abaco: backup .rollback/" + id + " failed verification, nothing was changed: ")
                .contains("config/pipeline.yml")
                .doesNotContain("\tat ");
        assertThat(untouched()).as("no file changed").isEqualTo(before);
        assertThat(workspace.service(DemoWorkspace.V2_PIDFILE))
                .as("V2 still running, the same process")
                .hasValueSatisfying(process -> assertThat(process.pid()).isEqualTo(v2));
        assertThat(workspace.v1Running()).isFalse();
        JsonNode status = workspace.status();
        assertThat(status.get("active_pipeline").asText()).isEqualTo("v2");
        assertThat(status.get("state").asText()).isEqualTo("rollback_failed");
        assertThat(status.get("next_command").asText()).startsWith("abaco rollback");
        assertThat(workspace
                        .readJson("logs/cutover/" + id + "/rollback.json")
                        .get("steps")
                        .get(0)
                        .get("status")
                        .asText())
                .isEqualTo("FAIL");
    }

    @Test
    void statusInEachStateAndTheRefusalsOfOrderAndResume() {
        workspace = DemoWorkspace.create(directory, 200, null);

        JsonNode none = workspace.status();
        assertThat(none.fieldNames()).toIterable().containsExactlyElementsOf(STATUS_KEYS);
        assertThat(none.get("cutover_id").isNull()).isTrue();
        assertThat(none.get("state").asText()).isEqualTo("none");
        assertThat(none.get("next_command").asText()).isEqualTo("abaco cutover run");
        assertThat(none.get("lock").get("state").asText()).isEqualTo("FREE");
        assertRefused(
                workspace.abaco("cutover", "v2-activate"),
                "abaco: phase order: no cutover is under way; start with 'abaco cutover preflight' or 'abaco"
                        + " cutover run'\n");
        assertRefused(workspace.abaco("cutover", "resume"), "abaco: no unfinished cutover to resume (none)\n");

        // V1 is not running: preflight fails, the cutover stops there
        AbacoProcess.Result failed = workspace.abaco("cutover", "run");
        assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(1);
        JsonNode afterFailure = workspace.status();
        assertThat(afterFailure.get("state").asText()).isEqualTo("failed");
        assertThat(progress(afterFailure))
                .containsExactly("FAILED", "NOT_STARTED", "NOT_STARTED", "NOT_STARTED", "NOT_STARTED", "NOT_STARTED");
        assertThat(afterFailure.get("next_command").asText()).startsWith("abaco cutover resume");
        String id = afterFailure.get("cutover_id").asText();
        assertThat(workspace
                        .readJson("logs/cutover/" + id + "/00-preflight.json")
                        .get("status")
                        .asText())
                .isEqualTo("FAIL");
        assertRefused(
                workspace.abaco("cutover", "v2-activate"),
                "abaco: phase order: v2-activate needs preflight to pass first (it is failed); run 'abaco cutover"
                        + " preflight' or 'abaco cutover resume'\n");
        assertRefused(
                workspace.abaco("cutover", "run"),
                "abaco: cutover " + id + " is unfinished: run 'abaco cutover resume' to continue it or 'abaco"
                        + " rollback' to undo it\n");

        workspace.startV1();
        workspace.ok("cutover", "resume");

        JsonNode completed = workspace.status();
        assertThat(completed.get("cutover_id").asText()).isEqualTo(id);
        assertThat(completed.get("state").asText()).isEqualTo("completed");
        assertThat(progress(completed)).containsOnly("PASSED");
        assertThat(completed.get("phases").get(0).get("attempts").asInt()).isEqualTo(2);
        assertThat(completed.get("active_pipeline").asText()).isEqualTo("v2");
        assertRefused(workspace.abaco("cutover", "resume"), "abaco: no unfinished cutover to resume (completed)\n");
        assertRefused(
                workspace.abaco("cutover", "run"),
                "abaco: V2 is already the active pipeline (cutover " + id + " completed): nothing to cut over; to go"
                        + " back to V1 run 'abaco rollback'\n");
        assertThat(workspace.status().get("cutover_id").asText())
                .as("no new cutover opened")
                .isEqualTo(id);

        workspace.ok("rollback");

        JsonNode rolledBack = workspace.status();
        assertThat(rolledBack.get("state").asText()).isEqualTo("rolled_back");
        assertThat(rolledBack.get("active_pipeline").asText()).isEqualTo("v1");
        assertThat(rolledBack.get("next_command").asText()).startsWith("abaco cutover run");
        AbacoProcess.Result text = workspace.ok("cutover", "status");
        assertThat(text.stdout())
                .startsWith("cutover: " + id + " (rolled_back)\nactive pipeline: v1\nlock: free\n")
                .contains("  4 v2-activate       passed");
    }

    /**
     * Everything but logs/, which receives the record of the refusal (rollback.json, abaco.log), and the lock file,
     * which the rollback takes before it verifies the backup and empties when it lets go.
     */
    private TreeSnapshot untouched() {
        return TreeSnapshot.of(
                workspace.root, path -> !path.startsWith("logs/") && !path.equals(".abaco/cutover.lock"));
    }

    private static List<String> progress(JsonNode status) {
        return java.util.stream.StreamSupport.stream(status.get("phases").spliterator(), false)
                .map(phase -> phase.get("progress").asText())
                .toList();
    }

    private static void assertRefused(AbacoProcess.Result result, String stderr) {
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(3);
        assertThat(result.stderr()).isEqualTo(stderr);
        assertThat(result.stdout()).isEmpty();
    }
}
