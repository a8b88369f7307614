package io.abaco.cli.cutover;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The exhaustive crash matrix ({@code -Pfull}; each case costs a cutover): {@code cutover run} killed at every phase
 * boundary and inside the backup, then either resumed or rolled back; {@code rollback} killed at every step of the
 * restore, then run again. Each ends in the pre-cutover state with V2's data exported.
 */
@Tag("full")
class CutoverCrashMatrixIT {
    private static final List<String> PHASES =
            List.of("preflight", "backup", "staging-validate", "v1-stop", "v2-activate", "post-validate");

    @TempDir
    Path directory;

    private DemoWorkspace workspace;

    @AfterEach
    void killChildren() {
        if (workspace != null) workspace.close();
    }

    static Stream<String> cutoverCrashPoints() {
        List<String> points = new ArrayList<>();
        for (String phase : PHASES) {
            points.add("phase." + phase + ".started");
            points.add("phase." + phase + ".finished");
        }
        points.addAll(List.of("backup.file.1", "backup.file.10", "backup.verified"));
        return points.stream();
    }

    @ParameterizedTest(name = "{0}, then resume")
    @MethodSource("cutoverCrashPoints")
    void killedDuringTheCutoverThenResumed(String step) {
        workspace = DemoWorkspace.create(directory, 200, null);
        CrashScenario scenario = new CrashScenario(workspace).prepare();

        scenario.crash(step, "cutover", "run");

        assertThat(workspace.status().get("state").asText()).isEqualTo("interrupted");
        scenario.resumeToCompletion();
        scenario.assertNoStagingLeft();
        scenario.rollbackRestores();
    }

    @ParameterizedTest(name = "{0}, then rollback")
    @MethodSource("cutoverCrashPoints")
    void killedDuringTheCutoverThenRolledBack(String step) {
        workspace = DemoWorkspace.create(directory, 200, null);
        CrashScenario scenario = new CrashScenario(workspace).prepare();

        scenario.crash(step, "cutover", "run");

        assertThat(workspace.status().get("state").asText()).isEqualTo("interrupted");
        if (workspace.v2Running()) scenario.rememberV2Era();
        boolean backupTaken = java.nio.file.Files.isDirectory(workspace.path(".rollback/" + workspace.latestCutover()));
        if (!backupTaken) {
            AbacoProcess.Result refused = workspace.abaco("rollback", "--force-unlock");
            assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(3);
            assertThat(refused.stderr()).contains("nothing to roll back");
            return;
        }
        scenario.rollbackRestores("--force-unlock");
    }

    static Stream<String> restoreCrashPoints() {
        return Stream.of(
                "restore.verified",
                "export.file.1",
                "restore.exported",
                "restore.file.1",
                "restore.file.5",
                "restore.file.15");
    }

    @ParameterizedTest(name = "rollback killed at {0}, then run again")
    @MethodSource("restoreCrashPoints")
    void killedDuringTheRestoreThenRolledBackAgain(String step) {
        workspace = DemoWorkspace.create(directory, 200, null);
        CrashScenario scenario = new CrashScenario(workspace).prepare();
        scenario.completeCutover();

        scenario.crash(step, "rollback");

        assertThat(workspace.status().get("state").asText()).isEqualTo("rollback_interrupted");
        scenario.assertNoPartialFile();
        scenario.rollbackRestores("--force-unlock");
    }
}
