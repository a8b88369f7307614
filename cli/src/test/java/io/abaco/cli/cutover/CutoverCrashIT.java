package io.abaco.cli.cutover;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DESIGN §12.4 with the real process: {@code bin/abaco cutover run} (or {@code rollback}) killed in the middle of the
 * backup, at a phase boundary, and in the middle of the restore; then {@code cutover status} must say where things
 * stand, and {@code resume} or {@code rollback} must bring the workspace to a consistent state with nothing lost.
 * The exhaustive matrix of crash points is {@link CutoverCrashMatrixIT} ({@code -Pfull}).
 */
class CutoverCrashIT {
    @TempDir
    Path directory;

    private DemoWorkspace workspace;

    @AfterEach
    void killChildren() {
        if (workspace != null) workspace.close();
    }

    @Test
    void killedInTheMiddleOfTheBackupThenResumed() {
        workspace = DemoWorkspace.create(directory, 200, null);
        CrashScenario scenario = new CrashScenario(workspace).prepare();

        scenario.crash("backup.file.3", "cutover", "run");

        String id = workspace.latestCutover();
        JsonNode status = scenario.assertInterrupted("backup", "INTERRUPTED");
        assertThat(CrashScenario.phaseState(status, "preflight").get("progress").asText())
                .isEqualTo("PASSED");
        assertThat(status.get("active_pipeline").asText()).isEqualTo("v1");
        scenario.assertNoPartialBackup(id, false);
        assertThat(workspace.v1Running()).as("V1 untouched").isTrue();
        assertRefusedWithoutForce();

        scenario.resumeToCompletion();

        assertThat(workspace.latestCutover()).isEqualTo(id);
        scenario.assertNoStagingLeft();
        scenario.rollbackRestores();
    }

    @Test
    void killedAtAPhaseBoundaryThenRolledBack() {
        workspace = DemoWorkspace.create(directory, 200, null);
        CrashScenario scenario = new CrashScenario(workspace).prepare();

        scenario.crash("phase.v2-activate.finished", "cutover", "run");

        JsonNode status = scenario.assertInterrupted("v2-activate", "PASSED");
        assertThat(CrashScenario.phaseState(status, "post-validate")
                        .get("progress")
                        .asText())
                .isEqualTo("NOT_STARTED");
        assertThat(status.get("active_pipeline").asText()).isEqualTo("v2");
        assertThat(workspace.v2Running()).as("V2 outlives the killed abaco").isTrue();
        scenario.rememberV2Era();

        scenario.rollbackRestores("--force-unlock");
    }

    @Test
    void killedInTheMiddleOfTheRestoreThenRolledBackAgain() {
        workspace = DemoWorkspace.create(directory, 200, null);
        CrashScenario scenario = new CrashScenario(workspace).prepare();
        scenario.completeCutover();

        scenario.crash("restore.file.2", "rollback");

        JsonNode status = workspace.status();
        assertThat(status.get("state").asText()).isEqualTo("rollback_interrupted");
        assertThat(status.get("next_command").asText()).startsWith("abaco rollback --force-unlock");
        scenario.assertNoPartialFile();
        AbacoProcess.Result refused = workspace.abaco("cutover", "run");
        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(3);
        assertThat(refused.stderr()).startsWith("abaco: stale cutover lock left by rollback (pid ");
        // taking the lock over does not hide the unfinished rollback: it is recorded in rollback.json
        AbacoProcess.Result forced = workspace.abaco("cutover", "run", "--force-unlock");
        assertThat(forced.exitCode()).as(forced.toString()).isEqualTo(3);
        assertThat(forced.stderr())
                .startsWith("abaco: the rollback of cutover " + workspace.latestCutover()
                        + " did not finish (rollback_interrupted): run 'abaco rollback");
        JsonNode after = workspace.status();
        assertThat(after.get("state").asText()).isEqualTo("rollback_interrupted");
        assertThat(after.get("next_command").asText()).startsWith("abaco rollback   (");
        assertThat(workspace.cutoverIds()).hasSize(1);

        scenario.rollbackRestores();
    }

    private void assertRefusedWithoutForce() {
        AbacoProcess.Result resume = workspace.abaco("cutover", "resume");
        assertThat(resume.exitCode()).as(resume.toString()).isEqualTo(3);
        assertThat(resume.stderr())
                .contains("stale cutover lock left by cutover run (pid ")
                .contains("--force-unlock");
    }
}
