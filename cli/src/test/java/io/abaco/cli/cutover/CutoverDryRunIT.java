package io.abaco.cli.cutover;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --dry-run} changes nothing, for every cutover command and the rollback, in each state a workspace can be
 * in: no cutover yet, one under way (preflight and backup done), one completed with V2 running. "Nothing" is the
 * whole workspace tree (path, sha256, size, mtime) and the processes working in it.
 */
class CutoverDryRunIT {
    private static final List<String> PHASES =
            List.of("preflight", "backup", "staging-validate", "v1-stop", "v2-activate", "post-validate");

    @TempDir
    Path directory;

    private DemoWorkspace workspace;

    @AfterEach
    void killChildren() {
        if (workspace != null) workspace.close();
    }

    @Test
    void everyDryRunChangesNothingInEveryState() {
        workspace = DemoWorkspace.create(directory, 200, null);
        workspace.startV1();

        List<String[]> fresh = new ArrayList<>();
        fresh.add(new String[] {"cutover", "run", "--dry-run"});
        PHASES.forEach(phase -> fresh.add(new String[] {"cutover", phase, "--dry-run"}));
        fresh.forEach(command -> assertChangesNothing(0, command));
        assertChangesNothing(3, "cutover", "resume", "--dry-run");
        assertChangesNothing(3, "rollback", "--dry-run");

        workspace.ok("cutover", "preflight");
        workspace.ok("cutover", "backup");
        assertChangesNothing(0, "cutover", "resume", "--dry-run");
        PHASES.forEach(phase -> assertChangesNothing(0, "cutover", phase, "--dry-run"));
        assertChangesNothing(0, "rollback", "--dry-run");

        workspace.ok("cutover", "resume");
        workspace.awaitV2FirstRun();
        assertThat(workspace.v2Running()).isTrue();
        assertChangesNothing(0, "rollback", "--dry-run");
        // V2 is active after a completed cutover: a new one is refused by state, its dry run too
        assertChangesNothing(3, "cutover", "run", "--dry-run");
        assertThat(workspace.status().get("state").asText()).isEqualTo("completed");
    }

    private void assertChangesNothing(int exitCode, String... command) {
        TreeSnapshot files = snapshot();
        Set<String> processes = workspace.processes();
        assertThat(processes).as("V1 or V2 runs").isNotEmpty();

        AbacoProcess.Result result = workspace.abaco(command);

        String what = String.join(" ", command);
        assertThat(result.exitCode()).as(what + "\n" + result).isEqualTo(exitCode);
        if (exitCode == 0) assertThat(result.stdout()).as(what).contains("DRY_RUN");
        assertThat(snapshot()).as(what + " changed files").isEqualTo(files);
        assertThat(workspace.processes())
                .as(what + " started or stopped a process")
                .isEqualTo(processes);
    }

    /** Everything but {@code logs/abaco.log}, the CLI's own log of the commands it ran (a dry run included). */
    private TreeSnapshot snapshot() {
        return TreeSnapshot.of(workspace.root, path -> !path.equals("logs/abaco.log"));
    }
}
