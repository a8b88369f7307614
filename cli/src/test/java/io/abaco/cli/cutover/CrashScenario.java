package io.abaco.cli.cutover;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One crash of the real {@code abaco} process, halted by itself at a named step ({@code ABACO_CRASH_AT}, exit 137,
 * no finally blocks or shutdown hooks run: as SIGKILL), and the checks of DESIGN §12 that follow it.
 */
final class CrashScenario {
    static final int KILLED = 137;

    private final DemoWorkspace workspace;
    private Map<String, String> preCutover;
    private Map<String, String> v2Era;

    CrashScenario(DemoWorkspace workspace) {
        this.workspace = workspace;
    }

    /** V2 set to write other outputs than the pre-cutover ones, V1 started; remembers the pre-cutover state. */
    CrashScenario prepare() {
        workspace.prepareDivergingV2();
        preCutover = workspace.backedUpFiles();
        workspace.startV1();
        return this;
    }

    /** Runs {@code abaco ARGS} with the crash knob at {@code step} and asserts it was killed there. */
    void crash(String step, String... args) {
        AbacoProcess.Result result = workspace.abaco(AbacoProcess.CrashKnob.at(step), args);
        assertThat(result.exitCode()).as(step + "\n" + result).isEqualTo(KILLED);
        assertThat(result.stderr()).contains("ABACO_CRASH_AT: halting at " + step);
    }

    /** A full cutover, V2's first run waited for, the V2-era state remembered. */
    void completeCutover() {
        workspace.ok("cutover", "run");
        rememberV2Era();
    }

    void rememberV2Era() {
        workspace.awaitV2FirstRun();
        v2Era = workspace.backedUpFiles();
        assertThat(v2Era).isNotEqualTo(preCutover);
    }

    /** The status of an interrupted cutover: a crash says so, where, and what to run next. */
    JsonNode assertInterrupted(String phase, String progress) {
        JsonNode status = workspace.status();
        assertThat(status.get("state").asText()).as(status.toString()).isEqualTo("interrupted");
        assertThat(status.get("lock").get("state").asText()).isEqualTo("STALE");
        assertThat(status.get("next_command").asText())
                .isEqualTo("abaco cutover resume --force-unlock   (or: abaco rollback --force-unlock)");
        JsonNode phaseState = phaseState(status, phase);
        assertThat(phaseState.get("progress").asText()).as(status.toString()).isEqualTo(progress);
        return status;
    }

    static JsonNode phaseState(JsonNode status, String phase) {
        for (JsonNode state : status.get("phases")) {
            if (state.get("phase").asText().equals(phase)) return state;
        }
        throw new AssertionError("no phase " + phase + " in " + status);
    }

    /** DESIGN §12.1: every live file is whole — exactly its pre-cutover or its V2-era content, never a part. */
    void assertNoPartialFile() {
        workspace.backedUpFiles().forEach((path, sha256) -> {
            assertThat(path).as("a temporary file under a final name").doesNotContain(".abaco-tmp-");
            assertThat(List.of(preCutover.getOrDefault(path, "-"), v2Era == null ? "-" : v2Era.getOrDefault(path, "-")))
                    .as(path + " is neither its pre-cutover nor its V2-era content")
                    .contains(sha256);
        });
    }

    /** No backup under its final name was left half-written: the final directory of {@code id}, if any, verifies. */
    void assertNoPartialBackup(String id, boolean expectFinal) {
        Path backup = workspace.path(".rollback/" + id);
        assertThat(Files.isDirectory(backup)).as("backup under its final name").isEqualTo(expectFinal);
    }

    void assertNoStagingLeft() {
        try (Stream<Path> children = Files.list(workspace.path(".rollback"))) {
            assertThat(children.map(child -> child.getFileName().toString()))
                    .noneMatch(name -> name.startsWith(".abaco-tmp-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Resume after the crash, then check the cutover completed and its backup is the pre-cutover state. */
    void resumeToCompletion() {
        workspace.ok("cutover", "resume", "--force-unlock");
        JsonNode status = workspace.status();
        assertThat(status.get("state").asText()).isEqualTo("completed");
        assertThat(status.get("active_pipeline").asText()).isEqualTo("v2");
        assertBackupIsPreCutover(workspace.latestCutover());
        if (v2Era == null) rememberV2Era();
    }

    void assertBackupIsPreCutover(String id) {
        JsonNode manifest = workspace.readJson(".rollback/" + id + "/backup-manifest.json");
        java.util.TreeMap<String, String> recorded = new java.util.TreeMap<>();
        manifest.get("files")
                .forEach(file -> recorded.put(
                        file.get("path").asText(), file.get("sha256").asText()));
        assertThat(recorded)
                .as("the backup holds the pre-cutover state, nothing lost")
                .isEqualTo(preCutover);
    }

    /** A rollback that completes and leaves the workspace exactly as before the cutover, V2's data exported. */
    void rollbackRestores(String... extraArgs) {
        String[] args =
                Stream.concat(Stream.of("rollback"), Stream.of(extraArgs)).toArray(String[]::new);
        workspace.ok(args);
        String id = workspace.latestCutover();
        assertThat(workspace.backedUpFiles())
                .as("back to the pre-cutover checksums")
                .isEqualTo(preCutover);
        JsonNode status = workspace.status();
        assertThat(status.get("state").asText()).isEqualTo("rolled_back");
        assertThat(status.get("active_pipeline").asText()).isEqualTo("v1");
        assertThat(workspace.v1Running()).isTrue();
        assertThat(workspace.v2Running()).isFalse();
        if (v2Era != null) {
            assertThat(TreeSnapshot.of(workspace.path(".rollback/" + id + "/v2-era/files"))
                            .checksums())
                    .as("the first export holds everything V2 wrote")
                    .isEqualTo(v2Era);
        }
    }
}
