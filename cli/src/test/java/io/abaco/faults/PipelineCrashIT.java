package io.abaco.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.abaco.fs.AtomicFiles;
import io.abaco.fs.Hashing;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The real {@code bin/abaco pipeline run} killed at every named step of its output ({@code ABACO_CRASH_AT}, see
 * {@code io.abaco.pipeline.crash.CrashPoints}) and once by a real SIGKILL: no partial file under a final name, the
 * previous run intact, and the next run recovers (rolls a half-committed run forward) and succeeds.
 */
class PipelineCrashIT {
    static final ObjectMapper JSON = new ObjectMapper();
    /** 15 data outputs: loans, kpis and three time series, each in parquet, csv and json. */
    static final int OUTPUTS = 15;

    @TempDir
    static Path templateRoot;

    @TempDir
    Path root;

    @BeforeAll
    static void template() throws IOException {
        Path workspace = FaultHarness.pipelineTemplate(templateRoot);
        String tape = Files.readString(workspace.resolve("data/raw/loan_tape.csv"));
        Files.writeString(workspace.resolve("data/raw/next.csv"), tape.replaceFirst("\n([^,\n]*),", "\nnext-$1,"));
    }

    /** The crash points, in the order a run reaches them. */
    static List<String> crashPoints() {
        return List.of(
                "pipeline.staged",
                "pipeline.intent",
                "pipeline.output.1",
                "pipeline.output.7",
                "pipeline.output." + (OUTPUTS - 1),
                "pipeline.output." + OUTPUTS,
                "pipeline.outputs",
                "pipeline.published");
    }

    /** The default suite's subset: before any rename, in the middle of the renames, after publishing. */
    static List<String> fastCrashPoints() {
        return List.of("pipeline.intent", "pipeline.output.7", "pipeline.published");
    }

    /** The rest of the matrix, with {@code -Pfull}. */
    static List<String> otherCrashPoints() {
        return crashPoints().stream()
                .filter(step -> !fastCrashPoints().contains(step))
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fastCrashPoints")
    void killedAtAStepThenRecovered(String step) throws Exception {
        crashAndRecover(step);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherCrashPoints")
    @Tag("full")
    void killedAtEveryOtherStepThenRecovered(String step) throws Exception {
        crashAndRecover(step);
    }

    private void crashAndRecover(String step) throws Exception {
        Path workspace = copy();
        Map<String, String> previous = outputsOf(latestManifest(workspace));

        Launcher.Result crashed = Launcher.run(
                root,
                environment(Map.of("ABACO_CRASH_AT", step)),
                "-w",
                workspace.toString(),
                "pipeline",
                "run",
                "--input",
                workspace.resolve("data/raw/next.csv").toString());

        assertThat(crashed.exitCode()).as(crashed.all()).isEqualTo(137);
        assertThat(crashed.stderr()).contains("halting at " + step);
        assertAfterCrash(workspace, previous, step.equals("pipeline.staged") || step.equals("pipeline.intent"));
        assertRerunRecovers(workspace, !step.equals("pipeline.staged"));
    }

    @Test
    void killedBySigkillWhileStagingOutputs() throws Exception {
        Path workspace = copy();
        Map<String, String> previous = outputsOf(latestManifest(workspace));
        Path outputs = workspace.resolve("data/metrics/development");

        Process process = Launcher.start(
                root,
                environment(Map.of()),
                List.of(
                        "-w",
                        workspace.toString(),
                        "pipeline",
                        "run",
                        "--input",
                        workspace.resolve("data/raw/next.csv").toString()));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (process.isAlive() && !hasTemporary(outputs) && System.nanoTime() < deadline) Thread.sleep(5);
        new ProcessBuilder("kill", "-KILL", Long.toString(process.pid()))
                .start()
                .waitFor();
        process.waitFor(30, TimeUnit.SECONDS);

        assertThat(process.exitValue()).isIn(137, 0);
        if (process.exitValue() == 137) assertAfterCrash(workspace, previous, false);
        assertRerunRecovers(workspace, false);
    }

    /** Every file under a final name is complete: it belongs to the previous run or to the crashed one. */
    private void assertAfterCrash(Path workspace, Map<String, String> previous, boolean untouched) throws IOException {
        java.util.Set<String> complete = new java.util.HashSet<>();
        for (Path manifest : manifests(workspace)) {
            outputsOf(manifest).forEach((name, sha256) -> complete.add(name + " " + sha256));
        }
        Map<String, String> now = finalOutputs(workspace);
        for (var file : now.entrySet()) {
            assertThat(file.getKey() + " " + file.getValue())
                    .as("%s is complete (previous or crashed run)", file.getKey())
                    .isIn(complete);
        }
        if (untouched) assertThat(now).as("previous outputs intact").isEqualTo(previous);
        assertThat(InvariantChecker.violations(workspace, true))
                .as("run dirs verify and JSON logs parse")
                .allMatch(violation -> violation.contains("match no single manifest") && !untouched);
    }

    /** The next run recovers what was left, succeeds, and leaves a consistent workspace. */
    private void assertRerunRecovers(Path workspace, boolean crashedRunRolledForward) throws Exception {
        Launcher.Result rerun =
                Launcher.run(root, environment(Map.of()), "-w", workspace.toString(), "pipeline", "run");

        assertThat(rerun.exitCode()).as(rerun.all()).isZero();
        assertThat(InvariantChecker.violations(workspace)).isEmpty();
        assertThat(finalOutputs(workspace)).isEqualTo(outputsOf(latestManifest(workspace)));
        String crashedRunId = "run_"
                + Hashing.sha256Hex(workspace.resolve("data/raw/next.csv")).substring(0, 12);
        if (crashedRunRolledForward)
            assertThat(workspace.resolve("logs/runs").resolve(crashedRunId)).isDirectory();
    }

    private Path copy() {
        FaultHarness.copyTree(templateRoot, root);
        return root.resolve("ws");
    }

    private Map<String, String> environment(Map<String, String> extra) {
        return FaultHarness.environment(root, extra);
    }

    static boolean hasTemporary(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) return false;
        try (Stream<Path> files = Files.list(directory)) {
            return files.anyMatch(file -> file.getFileName().toString().startsWith(AtomicFiles.TEMP_PREFIX));
        }
    }

    /** Manifests of published and staged run directories. */
    static List<Path> manifests(Path workspace) throws IOException {
        try (Stream<Path> walk = Files.walk(workspace.resolve("logs/runs"), 2)) {
            return walk.filter(path -> path.getFileName().toString().equals("manifest.json"))
                    .toList();
        }
    }

    static Path latestManifest(Path workspace) throws IOException {
        Path latest = null;
        String latestCompleted = "";
        try (Stream<Path> dirs = Files.list(workspace.resolve("logs/runs"))) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                if (dir.getFileName().toString().startsWith(".") || !Files.exists(dir.resolve("manifest.json")))
                    continue;
                String completed = JSON.readTree(dir.resolve("summary.json").toFile())
                        .path("completed_at")
                        .asText();
                if (completed.compareTo(latestCompleted) > 0) {
                    latestCompleted = completed;
                    latest = dir.resolve("manifest.json");
                }
            }
        }
        return latest;
    }

    /** Data outputs (file name → sha256) a manifest describes. */
    static Map<String, String> outputsOf(Path manifest) throws IOException {
        Map<String, String> outputs = new HashMap<>();
        for (JsonNode file : JSON.readTree(manifest.toFile()).path("files")) {
            String path = file.path("path").asText();
            if (path.startsWith("data/metrics/development/")) {
                outputs.put(
                        path.substring(path.lastIndexOf('/') + 1),
                        file.path("sha256").asText());
            }
        }
        return outputs;
    }

    static Map<String, String> finalOutputs(Path workspace) throws IOException {
        Map<String, String> outputs = new HashMap<>();
        try (Stream<Path> files = Files.list(workspace.resolve("data/metrics/development"))) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (!name.startsWith(".")) outputs.put(name, Hashing.sha256Hex(file));
            }
        }
        return outputs;
    }
}
