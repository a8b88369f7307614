package io.abaco.cutover.backup;

import static org.assertj.core.api.Assertions.assertThat;

import io.abaco.config.Workspace;
import io.abaco.config.model.AbacoConfig;
import io.abaco.config.model.BackupConfig;
import io.abaco.config.model.CutoverConfig;
import io.abaco.config.model.DatabaseConfig;
import io.abaco.config.model.OutputConfig;
import io.abaco.config.model.PipelineConfig;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupRequestTest {
    @TempDir
    Path root;

    private static AbacoConfig config(BackupConfig backup, DatabaseConfig database) {
        OutputConfig output = new OutputConfig("data/metrics/production", List.of("csv"), database);
        return new AbacoConfig(
                1,
                "abaco",
                "production",
                null,
                new PipelineConfig(null, null, null, output),
                null,
                new CutoverConfig(null, null, null, backup),
                null,
                null);
    }

    @Test
    void takesBackupDirOutputDirAndDatabaseFromTheConfiguration() {
        Workspace workspace = new Workspace(root);
        DatabaseConfig database =
                new DatabaseConfig(true, "jdbc:postgresql://127.0.0.1/abaco", "abaco", "pw-123456", "analytics");

        BackupRequest request = BackupRequest.of(
                workspace, config(new BackupConfig("backups"), database), "c-20261122T081500Z", List.of("kpis"));

        assertThat(request.backupDir()).isEqualTo(root.resolve("backups/c-20261122T081500Z"));
        assertThat(request.metricsDir()).isEqualTo(root.resolve("data/metrics/production"));
        assertThat(request.database().schema()).isEqualTo("analytics");
        assertThat(request.database().toString()).doesNotContain("pw-123456");
        assertThat(request.tables()).containsExactly("kpis");
    }

    @Test
    void withoutBackupDirOrUsableDatabaseItDefaults() {
        Workspace workspace = new Workspace(root);
        DatabaseConfig disabled = new DatabaseConfig(false, "jdbc:postgresql://127.0.0.1/abaco", null, null, "a");
        DatabaseConfig noSchema = new DatabaseConfig(true, "jdbc:postgresql://127.0.0.1/abaco", null, null, " ");

        BackupRequest request = BackupRequest.of(workspace, config(null, disabled), "c-1", List.of("kpis"));

        assertThat(request.backupDir()).isEqualTo(root.resolve(".rollback/c-1"));
        assertThat(request.database()).isNull();
        assertThat(BackupRequest.of(workspace, config(new BackupConfig(null), noSchema), "c-1", List.of())
                        .database())
                .isNull();
    }
}
