package io.abaco.cli.cutover;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.abaco.testing.PostgresExtension;
import io.abaco.testing.TestDatabase;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code abaco cutover rehearse}: on staging by default (files and PostgreSQL), the whole cutover, then the rollback,
 * with timings, ending with the check that everything is back to the pre-cutover checksums — checked here again
 * independently, against a snapshot taken before and PostgreSQL's own md5 of every table.
 */
@ExtendWith(PostgresExtension.class)
class CutoverRehearseIT {
    private static final String STAGING_METRICS = "data/metrics/staging/";

    @TempDir
    Path directory;

    private DemoWorkspace workspace;

    @AfterEach
    void killChildren() {
        if (workspace != null) workspace.close();
    }

    @Test
    void rehearsesTheCutoverAndTheRollbackOnStagingAndEndsWhereItStarted(TestDatabase database) {
        workspace = DemoWorkspace.create(directory, 200, null);
        workspace.writeEnvironment("staging", database);
        workspace.ok("--env", "staging", "pipeline", "run");
        workspace.shortenTape(50);
        Map<String, String> files = stagingFiles();
        Map<String, String> tables = TableSnapshot.of(database);
        assertThat(files).isNotEmpty();
        assertThat(tables.get("loan_facts")).doesNotStartWith("0 rows");
        workspace.startV1();

        AbacoProcess.Result rehearsal =
                workspace.abaco(Map.of("PIPELINE_ENV", "production"), "cutover", "rehearse", "--json");

        assertThat(rehearsal.exitCode()).as(rehearsal.toString()).isZero();
        JsonNode result = DemoWorkspace.json(rehearsal.stdout());
        assertThat(result.get("environment").asText())
                .as("staging, whatever PIPELINE_ENV says")
                .isEqualTo("staging");
        assertThat(result.get("cutover_status").asText()).isEqualTo("PASS");
        assertThat(result.get("phases"))
                .extracting(phase -> phase.get("name").asText())
                .containsExactly("preflight", "backup", "staging-validate", "v1-stop", "v2-activate", "post-validate");
        assertThat(result.get("phases")).allSatisfy(phase -> {
            assertThat(phase.get("status").asText()).isEqualTo("PASS");
            assertThat(phase.get("duration_ms").asLong()).isNotNegative();
        });
        assertThat(result.get("rollback_status").asText()).isEqualTo("PASS");
        assertThat(result.get("rollback_steps"))
                .extracting(step -> step.get("name").asText())
                .containsExactly("verify_backup", "stop_v2", "restore", "activate_v1", "start_v1", "verify_v1");
        assertThat(result.get("restored_to_pre_cutover").get("restored").asBoolean())
                .isTrue();
        assertThat(result.get("passed").asBoolean()).isTrue();
        assertThat(result.get("problems")).isEmpty();

        String id = result.get("cutover_id").asText();
        assertThat(stagingFiles()).as("files back to the pre-cutover checksums").isEqualTo(files);
        assertThat(TableSnapshot.of(database))
                .as("tables back to their pre-cutover rows")
                .isEqualTo(tables);
        JsonNode manifest = workspace.readJson(".rollback/" + id + "/backup-manifest.json");
        assertThat(manifest.get("roots").toString()).contains("data/metrics/staging");
        assertThat(manifest.get("tables"))
                .extracting(table -> table.get("schema").asText())
                .containsOnly(database.schema());
        assertThat(workspace.path(".rollback/" + id + "/v2-era/backup-manifest.json"))
                .as("V2 wrote something else, and it was kept")
                .exists();
        assertThat(workspace
                        .readJson("logs/cutover/" + id + "/rehearsal.json")
                        .get("passed")
                        .asBoolean())
                .isTrue();
        assertThat(workspace.v1Running()).isTrue();
        assertThat(workspace.v2Running()).isFalse();
        assertThat(workspace.status().get("state").asText()).isEqualTo("rolled_back");
    }

    @Test
    void aFailedCutoverFailsTheRehearsalWithExitOneAndSaysWhy() {
        workspace = DemoWorkspace.create(directory, 200, null);
        // V1 is not running: preflight fails, no backup is taken, there is nothing to roll back

        AbacoProcess.Result rehearsal = workspace.abaco("--env", "development", "cutover", "rehearse");

        assertThat(rehearsal.exitCode()).as(rehearsal.toString()).isEqualTo(1);
        assertThat(rehearsal.stdout())
                .contains(" on development\n  cutover  FAIL  ")
                .contains("    preflight         FAIL ")
                .contains("  rollback SKIPPED  0.0 s\n")
                .contains("restored_to_pre_cutover: NO — no backup at .rollback/")
                .contains("problem: cutover: ")
                .contains("problem: rollback: nothing to roll back")
                .endsWith("rehearsal: FAIL\n");
        assertThat(workspace.v2Running()).isFalse();
    }

    private Map<String, String> stagingFiles() {
        return TreeSnapshot.of(workspace.root, path -> path.startsWith(STAGING_METRICS))
                .checksums();
    }
}
