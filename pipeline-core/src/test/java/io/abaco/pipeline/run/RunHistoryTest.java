package io.abaco.pipeline.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.abaco.config.Workspace;
import io.abaco.fs.AtomicFiles;
import io.abaco.pipeline.output.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunHistoryTest {
    @TempDir
    Path root;

    @Test
    void latestIsTheLastCompletedSuccessfulRunIgnoringFailuresStagingAndGarbage() throws Exception {
        Workspace workspace = new Workspace(root);
        write(workspace, "run_aaa", "success", "run_aaa", "2026-01-05T10:00:00Z");
        write(workspace, "run_bbb", "success", "run_bbb", "2026-01-05T10:00:00.5Z"); // later despite the text order
        write(workspace, "failed-20260105T110000Z", "failed", null, "2026-01-05T11:00:00Z");
        write(workspace, AtomicFiles.TEMP_PREFIX + "x-run", "success", "run_tmp", "2026-01-05T12:00:00Z");
        Files.createDirectories(workspace.runsDir().resolve("junk"));
        Files.writeString(workspace.runsDir().resolve("junk/summary.json"), "{not json");
        Files.writeString(
                workspace.runsDir().resolve("run_bbb/manifest.json"),
                Json.pretty(new RunManifest("run_bbb", List.of(), "sha", "cfg", null, "1")));

        RunRecord latest = RunHistory.latest(workspace).orElseThrow();

        assertThat(latest.summary().runId()).isEqualTo("run_bbb");
        assertThat(latest.manifest().inputSha256()).isEqualTo("sha");
        assertThat(RunHistory.latest(workspace.runsDir(), "run_bbb")
                        .orElseThrow()
                        .summary()
                        .runId())
                .isEqualTo("run_aaa");
        assertThat(RunHistory.latest(new Workspace(root.resolve("empty")))).isEmpty();
    }

    @Test
    void runIdsFollowTheStrategy() {
        String sha = "0123456789abcdef".repeat(4);
        assertThat(RunIds.of("deterministic", sha, Instant.EPOCH)).isEqualTo("run_0123456789ab");
        assertThat(RunIds.of("timestamp", sha, Instant.parse("2026-01-31T08:09:10Z")))
                .matches("run_20260131T080910Z_[0-9a-f]{6}");
        assertThat(RunIds.failed(Instant.parse("2026-01-31T08:09:10Z"))).isEqualTo("failed-20260131T080910Z");
    }

    @Test
    void gitHeadIsReadFromLooseAndPackedRefsOrNull() throws Exception {
        assertThat(GitHead.commit(root)).isNull();
        Path git = Files.createDirectories(root.resolve(".git/refs/heads"));
        Files.writeString(root.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        assertThat(GitHead.commit(root)).isNull(); // unborn branch
        Files.writeString(root.resolve(".git/packed-refs"), "# pack-refs\n" + "a".repeat(40) + " refs/heads/main\n");
        assertThat(GitHead.commit(root)).isEqualTo("a".repeat(40));
        Files.writeString(git.resolve("main"), "b".repeat(40) + "\n");
        assertThat(GitHead.commit(root)).isEqualTo("b".repeat(40));
        Files.writeString(root.resolve(".git/HEAD"), "c".repeat(40) + "\n"); // detached
        assertThat(GitHead.commit(root)).isEqualTo("c".repeat(40));
    }

    private static void write(Workspace workspace, String dir, String status, String runId, String completedAt)
            throws Exception {
        Path summary = workspace.runsDir().resolve(dir).resolve("summary.json");
        Files.createDirectories(summary.getParent());
        Files.writeString(
                summary,
                Json.pretty(new RunSummary(
                        status,
                        runId,
                        "development",
                        completedAt,
                        completedAt,
                        0,
                        null,
                        List.of(),
                        Map.of("par_30", 1.0),
                        List.of(),
                        List.of(),
                        List.of(),
                        null)));
    }
}
