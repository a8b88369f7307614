package io.abaco.cutover.backup;

import static io.abaco.cutover.backup.Fixtures.CUTOVER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.abaco.config.Workspace;
import io.abaco.cutover.report.CutoverJson;
import io.abaco.error.InputDataException;
import io.abaco.error.StateRefusedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RestoreServiceTest {
    @TempDir
    Path root;

    private Workspace workspace;
    private Path backup;
    private Map<String, String> before;

    @BeforeEach
    void backUpThenLetV2ChangeThings() throws Exception {
        workspace = Fixtures.workspace(root);
        before = Fixtures.tree(root);
        backup = new BackupService().backup(Fixtures.request(workspace, null)).backupDir();
        Fixtures.write(root, "config/pipeline.yml", "version: 1\nname: abaco-v2\n");
        Fixtures.write(root, "data/metrics/production/kpis.json", "{\"par30\": 0.0500}\n");
        Files.delete(root.resolve("data/metrics/production/2026-11/portfolio.csv"));
        Fixtures.write(root, "data/metrics/production/2026-11/v2-only.parquet", "PAR1 v2 output");
    }

    private RestoreRequest request() {
        return new RestoreRequest(workspace, CUTOVER, backup, null);
    }

    @Test
    void restoresTheBackupAndExportsWhatV2WroteFirst() throws Exception {
        Map<String, String> v2State = Fixtures.tree(root);

        RestoreResult result = RestoreService.live().restore(request());

        assertThat(result.ok()).isTrue();
        assertThat(result.alreadyRestored()).isFalse();
        assertThat(Fixtures.tree(root)).isEqualTo(before);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(root.resolve("config/pipeline.yml"))))
                .isEqualTo("rw-r-----");
        assertThat(result.restoredFiles())
                .containsExactlyInAnyOrder(
                        "config/pipeline.yml",
                        "data/metrics/production/kpis.json",
                        "data/metrics/production/2026-11/portfolio.csv");
        assertThat(result.movedAside()).containsExactly("data/metrics/production/2026-11/v2-only.parquet");
        assertThat(result.v2EraDir()).isEqualTo(".rollback/" + CUTOVER + "/v2-era");
        assertThat(result.steps())
                .extracting(StepTiming::step)
                .containsExactly(
                        "verify_backup", "compare_live_state", "export_v2_era", "restore_files", "verify_restored");

        Path export = backup.resolve("v2-era");
        BackupVerification exported = BackupVerifier.verify(export, CUTOVER);
        assertThat(exported.ok()).isTrue();
        for (FileEntry file : exported.manifest().files()) {
            assertThat(v2State).containsEntry(file.path(), file.sha256());
        }
        assertThat(exported.manifest().files()).hasSize(v2State.size());
        assertThat(export.resolve("files/data/metrics/production/2026-11/v2-only.parquet"))
                .hasContent("PAR1 v2 output");
        assertThat(BackupVerifier.verify(backup).ok())
                .as("the backup itself is untouched")
                .isTrue();
        assertThat(CutoverJson.compact().writeValueAsString(result))
                .contains(
                        "\"already_restored\":false",
                        "\"v2_era_dir\":\".rollback/" + CUTOVER + "/v2-era\"",
                        "\"steps\":[{\"step\":\"verify_backup\",\"duration_ms\":");
    }

    @Test
    void aSecondRunFindsTheStateRestoredAndChangesNothing() throws Exception {
        RestoreService.live().restore(request());
        Map<String, String> restored = Fixtures.tree(root);

        RestoreResult second = RestoreService.live().restore(request());

        assertThat(second.alreadyRestored()).isTrue();
        assertThat(second.v2EraDir()).isNull();
        assertThat(Fixtures.tree(root)).isEqualTo(restored);
        assertThat(backup.resolve("v2-era-2")).doesNotExist();
    }

    @Test
    void aRunAfterFurtherChangesExportsToANewDirectoryKeepingTheFirstExport() throws Exception {
        RestoreService.live().restore(request());
        String firstExport = Files.readString(backup.resolve("v2-era/backup-manifest.json"));
        Fixtures.write(root, "data/metrics/production/kpis.json", "{\"par30\": 0.0777}\n");

        RestoreResult second = RestoreService.live().restore(request());

        assertThat(second.v2EraDir()).isEqualTo(".rollback/" + CUTOVER + "/v2-era-2");
        assertThat(Files.readString(backup.resolve("v2-era/backup-manifest.json")))
                .isEqualTo(firstExport);
        assertThat(backup.resolve("v2-era-2/files/data/metrics/production/kpis.json"))
                .hasContent("{\"par30\": 0.0777}\n");
        assertThat(Fixtures.tree(root)).isEqualTo(before);
    }

    @Test
    void aCorruptedBackupIsRefusedBeforeAnyChangeNamingTheFile() throws Exception {
        Path copy = backup.resolve("files/data/metrics/production/kpis.json");
        Files.writeString(copy, Files.readString(copy).replace("0412", "0413"));
        Map<String, String> v2State = Fixtures.tree(root);

        assertThatThrownBy(() -> RestoreService.live().restore(request()))
                .isInstanceOf(BackupCorruptedException.class)
                .isInstanceOf(InputDataException.class)
                .hasMessageStartingWith("backup .rollback/" + CUTOVER + " failed verification, nothing was changed: "
                        + "files/data/metrics/production/kpis.json: checksum_mismatch (expected ");

        assertThat(Fixtures.tree(root)).isEqualTo(v2State);
        assertThat(backup.resolve("v2-era")).doesNotExist();
    }

    @Test
    void aTruncatedBackupFileOrMissingManifestIsRefusedToo() throws Exception {
        Map<String, String> v2State = Fixtures.tree(root);
        Path copy = backup.resolve("files/config/pipeline.yml");
        Files.writeString(copy, "vers");

        assertThatThrownBy(() -> RestoreService.live().restore(request()))
                .isInstanceOf(BackupCorruptedException.class)
                .hasMessageContaining("files/config/pipeline.yml: size_mismatch (expected 23 bytes, found 4 bytes)");
        Files.delete(backup.resolve("backup-manifest.json"));
        assertThatThrownBy(() -> RestoreService.live().restore(request()))
                .isInstanceOf(BackupCorruptedException.class)
                .hasMessageContaining("backup-manifest.json: manifest_missing");

        assertThat(Fixtures.tree(root)).isEqualTo(v2State);
    }

    @Test
    void aBackupOfAnotherCutoverIsRefused() throws Exception {
        Map<String, String> v2State = Fixtures.tree(root);

        assertThatThrownBy(() -> RestoreService.live()
                        .restore(new RestoreRequest(workspace, "c-20261123T000000Z", backup, null)))
                .isInstanceOf(BackupCorruptedException.class)
                .hasMessageContaining(
                        "backup-manifest.json: wrong_cutover_id (expected c-20261123T000000Z, found " + CUTOVER + ")");
        assertThat(Fixtures.tree(root)).isEqualTo(v2State);
    }

    @Test
    void noBackupAtAllIsNothingToRollBack() {
        Path absent = root.resolve(".rollback/c-20261123T000000Z");

        assertThatThrownBy(() -> RestoreService.live()
                        .restore(new RestoreRequest(workspace, "c-20261123T000000Z", absent, null)))
                .isInstanceOf(StateRefusedException.class)
                .hasMessage("no backup for cutover c-20261123T000000Z at .rollback/c-20261123T000000Z: "
                        + "nothing to roll back");
    }

    @Test
    void aDryRunSaysWhatItWouldDoAndChangesNothing() throws Exception {
        Map<String, String> v2State = Fixtures.tree(root);
        Map<String, String> backupState = Fixtures.treeIncludingBackups(root);

        RestoreResult result = new RestoreService(RestoreActions.dryRun(), Clock.systemUTC()).restore(request());

        assertThat(result.dryRun()).isTrue();
        assertThat(result.actions())
                .hasSize(5)
                .first()
                .asString()
                .startsWith("would export the current state (4 files, 0 tables) to ");
        assertThat(result.actions()).anySatisfy(action -> assertThat(action)
                .startsWith("would restore " + root.resolve("config/pipeline.yml")));
        assertThat(result.actions()).anySatisfy(action -> assertThat(action)
                .startsWith("would move " + root.resolve("data/metrics/production/2026-11/v2-only.parquet")));
        assertThat(Fixtures.tree(root)).isEqualTo(v2State);
        assertThat(Fixtures.treeIncludingBackups(root)).isEqualTo(backupState);
    }
}
