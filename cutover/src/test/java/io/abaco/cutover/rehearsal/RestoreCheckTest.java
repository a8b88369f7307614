package io.abaco.cutover.rehearsal;

import static org.assertj.core.api.Assertions.assertThat;

import io.abaco.config.Workspace;
import io.abaco.cutover.backup.BackupRequest;
import io.abaco.cutover.backup.BackupService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rehearsal's final check must see every difference from the backup, and change nothing while looking. */
class RestoreCheckTest {
    private static final String ID = "c-20261122T090000Z";

    @TempDir
    Path root;

    private Workspace workspace;
    private Path backupDir;

    @BeforeEach
    void backUp() throws IOException {
        workspace = new Workspace(root);
        write("config/pipeline.yml", "version: 2\n");
        write("data/metrics/staging/kpis.json", "{\"par_30\": 4.12}\n");
        write("data/metrics/staging/loans.csv", "loan_id,balance\nL1,1000.00\n");
        BackupRequest request = new BackupRequest(
                workspace, ID, workspace.backupRoot(), root.resolve("data/metrics/staging"), null, List.of());
        backupDir = new BackupService().backup(request).backupDir();
    }

    @Test
    void theUnchangedStateIsRestored() {
        RestoredCheck check = RestoreCheck.of(workspace, ID, backupDir, null);

        assertThat(check.restored()).as(check.message()).isTrue();
        assertThat(check.differences()).isEmpty();
        assertThat(check.message()).contains(".rollback/" + ID + "/backup-manifest.json");
    }

    @Test
    void aChangedFileAndAnExtraFileAreDifferencesAndNothingIsTouched() throws IOException {
        write("data/metrics/staging/kpis.json", "{\"par_30\": 9.99}\n");
        write("data/metrics/staging/extra.csv", "written by V2\n");

        RestoredCheck check = RestoreCheck.of(workspace, ID, backupDir, null);

        assertThat(check.restored()).isFalse();
        assertThat(check.differences())
                .containsExactlyInAnyOrder(
                        "changed: data/metrics/staging/kpis.json", "not in the backup: data/metrics/staging/extra.csv");
        assertThat(Files.readString(root.resolve("data/metrics/staging/kpis.json")))
                .contains("9.99");
        assertThat(root.resolve("data/metrics/staging/extra.csv")).exists();
        assertThat(backupDir.resolve("v2-era")).doesNotExist();
    }

    @Test
    void noBackupIsNotRestored() {
        RestoredCheck check = RestoreCheck.of(workspace, ID, root.resolve(".rollback/c-other"), null);

        assertThat(check.restored()).isFalse();
        assertThat(check.message()).isEqualTo("no backup at .rollback/c-other to compare with");
    }

    @Test
    void aCorruptedBackupCannotVouchForAnything() throws IOException {
        Path copy = backupDir.resolve("files/config/pipeline.yml");
        copy.toFile().setWritable(true);
        Files.writeString(copy, "tampered\n");

        RestoredCheck check = RestoreCheck.of(workspace, ID, backupDir, null);

        assertThat(check.restored()).isFalse();
        assertThat(check.message()).startsWith("cannot compare: ").contains("config/pipeline.yml");
    }

    private void write(String relative, String content) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
