package io.abaco.cutover.backup;

import static io.abaco.cutover.backup.Fixtures.CUTOVER;
import static org.assertj.core.api.Assertions.assertThat;

import io.abaco.config.Workspace;
import io.abaco.cutover.ChildJvm;
import io.abaco.fs.AtomicFiles;
import io.abaco.pipeline.crash.CrashPoints;
import io.abaco.testing.PostgresExtension;
import io.abaco.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Kills real backups and restores at named steps (CrashPoints) and checks that running again recovers. */
@ExtendWith(PostgresExtension.class)
class CrashTest {
    @TempDir
    Path root;

    @Test
    void aBackupKilledMidwayLeavesNoBackupUnderItsFinalNameAndRerunningCompletesIt() throws Exception {
        Workspace workspace = Fixtures.workspace(root);

        int exit = run("backup.file.2", "backup", workspace);

        assertThat(exit).isEqualTo(CrashPoints.EXIT_CODE);
        assertThat(root.resolve(".rollback/" + CUTOVER)).doesNotExist();
        try (Stream<Path> children = Files.list(root.resolve(".rollback"))) {
            assertThat(children).singleElement().satisfies(staging -> assertThat(
                            staging.getFileName().toString())
                    .startsWith(AtomicFiles.TEMP_PREFIX));
        }

        BackupResult result = new BackupService().backup(Fixtures.request(workspace, null));

        assertThat(result.reused()).isFalse();
        assertThat(BackupVerifier.verify(result.backupDir()).ok()).isTrue();
        try (Stream<Path> children = Files.list(root.resolve(".rollback"))) {
            assertThat(children).containsExactly(result.backupDir());
        }
    }

    @Test
    void aRestoreKilledBetweenFilesIsCompletedByRunningItAgainLosingNothing() throws Exception {
        Workspace workspace = Fixtures.workspace(root);
        Map<String, String> before = Fixtures.tree(root);
        Path backup =
                new BackupService().backup(Fixtures.request(workspace, null)).backupDir();
        Fixtures.write(root, "config/pipeline.yml", "version: 1\nname: abaco-v2\n");
        Fixtures.write(root, "data/metrics/production/kpis.json", "{\"par30\": 0.0500}\n");
        Fixtures.write(root, "data/metrics/production/v2-only.json", "{}\n");
        Map<String, String> v2State = Fixtures.tree(root);

        assertThat(run("restore.file.1", "restore", workspace)).isEqualTo(CrashPoints.EXIT_CODE);
        assertThat(Fixtures.tree(root)).isNotEqualTo(v2State).isNotEqualTo(before);

        RestoreResult second = RestoreService.live().restore(new RestoreRequest(workspace, CUTOVER, backup, null));

        assertThat(second.ok()).isTrue();
        assertThat(Fixtures.tree(root)).isEqualTo(before);
        BackupVerification firstExport = BackupVerifier.verify(backup.resolve("v2-era"), CUTOVER);
        assertThat(firstExport.ok()).isTrue();
        assertThat(firstExport.manifest().files())
                .allSatisfy(file -> assertThat(v2State).containsEntry(file.path(), file.sha256()))
                .hasSize(v2State.size());
        assertThat(second.v2EraDir()).isEqualTo(".rollback/" + CUTOVER + "/v2-era-2");
    }

    @Test
    void aRestoreKilledInsideTheTableTransactionChangesNoRow(TestDatabase database) throws Exception {
        Workspace workspace = Fixtures.workspace(root);
        String loansBefore;
        try (Connection connection = database.connect()) {
            TableBackupTest.createTables(connection);
            loansBefore = Fixtures.rows(connection, "loans");
        }
        new BackupService().backup(Fixtures.request(workspace, Fixtures.target(database), "loans", "kpi_history"));
        String loansV2;
        try (Connection connection = database.connect()) {
            TableBackupTest.v2Changes(connection);
            loansV2 = Fixtures.rows(connection, "loans");
        }

        int exit = run(
                "restore.table.1",
                "restore",
                workspace,
                database.jdbcUrl(),
                database.user(),
                database.schema(),
                "loans",
                "kpi_history");

        assertThat(exit).isEqualTo(CrashPoints.EXIT_CODE);
        try (Connection connection = database.connect()) {
            // the killed session's transaction never committed
            assertThat(Fixtures.rows(connection, "loans")).isEqualTo(loansV2);
        }
        RestoreResult second = RestoreService.live()
                .restore(new RestoreRequest(
                        workspace, CUTOVER, workspace.backupRoot().resolve(CUTOVER), Fixtures.target(database)));
        assertThat(second.ok()).isTrue();
        try (Connection connection = database.connect()) {
            assertThat(Fixtures.rows(connection, "loans")).isEqualTo(loansBefore);
        }
    }

    private int run(String crashAt, String mode, Workspace workspace, String... database) throws Exception {
        List<String> args = new ArrayList<>(List.of(mode, workspace.root().toString()));
        args.addAll(List.of(database));
        Path log = Files.createTempFile(root.getParent(), "crash", ".log");
        Process child = ChildJvm.start(
                CrashMain.class, Map.of(CrashPoints.VARIABLE, crashAt), log, args.toArray(String[]::new));
        if (!child.waitFor(120, TimeUnit.SECONDS)) {
            child.destroyForcibly();
            throw new AssertionError("child did not finish: " + Files.readString(log));
        }
        String output = Files.readString(log);
        Files.delete(log);
        assertThat(output).as("child output").contains("ABACO_CRASH_AT: halting at " + crashAt);
        return child.exitValue();
    }
}
