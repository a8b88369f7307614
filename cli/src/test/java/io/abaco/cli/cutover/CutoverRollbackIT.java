package io.abaco.cli.cutover;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.abaco.testing.PostgresExtension;
import io.abaco.testing.TestDatabase;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance of "cutover orchestration and rollback" with real processes: V1 is the workspace's
 * {@code legacy/v1_pipeline.sh}, V2 is {@code bin/abaco serve}. Before the cutover V2's outputs (and tables) are
 * made to differ from what V2 will write during it, so the rollback has something real to restore.
 */
@ExtendWith(PostgresExtension.class)
class CutoverRollbackIT {
    @TempDir
    Path directory;

    private DemoWorkspace workspace;

    @AfterEach
    void killChildren() {
        if (workspace != null) workspace.close();
    }

    @Test
    void fullCutoverThenRollbackRestoresTheDemoWorkspaceAndKeepsWhatV2Wrote() {
        workspace = DemoWorkspace.create(directory, 300, null);
        workspace.prepareDivergingV2();
        Map<String, String> before = backedUpFiles();
        assertThat(before).containsKey(DemoWorkspace.METRICS + "/loans.csv").doesNotContainKey(deleted());

        workspace.startV1();
        workspace.ok("cutover", "run");

        String id = workspace.latestCutover();
        workspace.awaitV2FirstRun();
        JsonNode completed = workspace.status();
        assertThat(completed.get("state").asText()).isEqualTo("completed");
        assertThat(completed.get("active_pipeline").asText()).isEqualTo("v2");
        assertThat(workspace.v2Running()).isTrue();
        assertThat(workspace.v1Running()).isFalse();
        Map<String, String> v2Era = backedUpFiles();
        assertThat(v2Era).as("V2 wrote other outputs than the pre-cutover ones").isNotEqualTo(before);
        assertThat(v2Era).containsKey(deleted());
        assertManifestHolds(id, before);

        AbacoProcess.Result rollback = workspace.ok("rollback");

        assertThat(rollback.stdout()).startsWith("rollback of " + id + ": PASS in ");
        assertThat(backedUpFiles())
                .as("config and metrics back to the pre-cutover checksums")
                .isEqualTo(before);
        assertThat(TreeSnapshot.of(workspace.path(".rollback/" + id + "/v2-era/files"))
                        .checksums())
                .as("the v2-era export holds exactly what V2 had written")
                .isEqualTo(v2Era);
        assertRolledBack(id);
    }

    @Test
    void fullCutoverThenRollbackRestoresFilesAndPostgresTables(TestDatabase database) {
        workspace = DemoWorkspace.create(directory, 300, database);
        workspace.prepareDivergingV2();
        Map<String, String> files = backedUpFiles();
        Map<String, String> tables = TableSnapshot.of(database);
        assertThat(tables).containsKeys("loan_facts", "kpi_snapshots", "runs", "timeseries");
        assertThat(tables.get("loan_facts")).doesNotStartWith("0 rows");

        workspace.startV1();
        workspace.ok("cutover", "run");

        String id = workspace.latestCutover();
        workspace.awaitV2FirstRun();
        assertThat(workspace.status().get("state").asText()).isEqualTo("completed");
        Map<String, String> v2EraTables = TableSnapshot.of(database);
        assertThat(v2EraTables).as("V2 wrote to the tables").isNotEqualTo(tables);
        long v2EraLoanFacts = TableSnapshot.count(database, "loan_facts");
        Map<String, String> v2EraFiles = backedUpFiles();

        workspace.ok("rollback");

        assertThat(backedUpFiles()).isEqualTo(files);
        assertThat(TableSnapshot.of(database))
                .as("every table back to its pre-cutover rows")
                .isEqualTo(tables);
        assertThat(TreeSnapshot.of(workspace.path(".rollback/" + id + "/v2-era/files"))
                        .checksums())
                .isEqualTo(v2EraFiles);
        JsonNode export = workspace.readJson(".rollback/" + id + "/v2-era/backup-manifest.json");
        Map<String, Long> exportedRows = new TreeMap<>();
        export.get("tables")
                .forEach(table -> exportedRows.put(
                        table.get("table").asText(), table.get("rows").asLong()));
        assertThat(exportedRows)
                .as("V2-era rows exported before the tables were restored")
                .containsEntry("loan_facts", v2EraLoanFacts);
        assertRolledBack(id);
    }

    private static String deleted() {
        return DemoWorkspace.DELETED_OUTPUT;
    }

    private Map<String, String> backedUpFiles() {
        return workspace.backedUpFiles();
    }

    private void assertManifestHolds(String id, Map<String, String> before) {
        JsonNode manifest = workspace.readJson(".rollback/" + id + "/backup-manifest.json");
        Map<String, String> recorded = new TreeMap<>();
        manifest.get("files")
                .forEach(file -> recorded.put(
                        file.get("path").asText(), file.get("sha256").asText()));
        assertThat(recorded).as("the backup manifest is the pre-cutover state").isEqualTo(before);
    }

    private void assertRolledBack(String id) {
        JsonNode status = workspace.status();
        assertThat(status.get("cutover_id").asText()).isEqualTo(id);
        assertThat(status.get("state").asText()).isEqualTo("rolled_back");
        assertThat(status.get("active_pipeline").asText()).isEqualTo("v1");
        assertThat(workspace.v1Running()).as("V1 running again").isTrue();
        assertThat(workspace.v2Running()).as("V2 stopped").isFalse();
        JsonNode record = workspace.readJson("logs/cutover/" + id + "/rollback.json");
        assertThat(record.get("status").asText()).isEqualTo("PASS");
        assertThat(record.get("steps"))
                .extracting(step -> step.get("name").asText())
                .containsExactly("verify_backup", "stop_v2", "restore", "activate_v1", "start_v1", "verify_v1");
    }
}
