package io.abaco.cutover.backup;

import static io.abaco.cutover.backup.Fixtures.CUTOVER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.abaco.config.Workspace;
import io.abaco.cutover.report.CutoverJson;
import io.abaco.error.StateRefusedException;
import io.abaco.fs.Hashing;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupServiceTest {
    @TempDir
    Path root;

    private final BackupService service =
            new BackupService(Clock.fixed(Instant.parse("2026-11-22T08:16:00Z"), ZoneOffset.UTC));

    @Test
    void copiesConfigAndMetricsWithAManifestOfChecksums() throws Exception {
        Workspace workspace = Fixtures.workspace(root);

        BackupResult result = service.backup(Fixtures.request(workspace, null));

        Path backup = root.resolve(".rollback/" + CUTOVER);
        assertThat(result.backupDir()).isEqualTo(backup);
        assertThat(result.reused()).isFalse();
        JsonNode manifest = CutoverJson.compact()
                .readTree(backup.resolve("backup-manifest.json").toFile());
        assertThat(manifest.fieldNames())
                .toIterable()
                .contains("cutover_id", "created_at", "workspace", "files", "tables", "manifest_version");
        assertThat(manifest.get("cutover_id").asText()).isEqualTo(CUTOVER);
        assertThat(manifest.get("created_at").asText()).isEqualTo("2026-11-22T08:16:00Z");
        assertThat(manifest.get("manifest_version").asInt()).isEqualTo(1);
        assertThat(manifest.get("tables")).isEmpty();
        assertThat(result.manifest().files())
                .extracting(FileEntry::path)
                .containsExactly(
                        "config/environments/production.yml",
                        "config/pipeline.yml",
                        "data/metrics/production/2026-11/portfolio.csv",
                        "data/metrics/production/kpis.json");
        for (FileEntry file : result.manifest().files()) {
            Path original = root.resolve(file.path());
            Path copy = backup.resolve(file.backupPath());
            assertThat(file.backupPath()).isEqualTo("files/" + file.path());
            assertThat(file.sha256()).isEqualTo(Hashing.sha256Hex(original)).isEqualTo(Hashing.sha256Hex(copy));
            assertThat(file.bytes()).isEqualTo(Files.size(original));
        }
        JsonNode pipeline = manifest.get("files").get(1);
        assertThat(pipeline.get("path").asText()).isEqualTo("config/pipeline.yml");
        assertThat(pipeline.get("backup_path").asText()).isEqualTo("files/config/pipeline.yml");
        assertThat(pipeline.get("mode").asText()).isEqualTo("0640");
    }

    @Test
    void backupFilesAreOwnerOnlyAndNoStagingIsLeft() throws Exception {
        Workspace workspace = Fixtures.workspace(root);

        service.backup(Fixtures.request(workspace, null));

        Path backupRoot = root.resolve(".rollback");
        try (Stream<Path> walk = Files.walk(backupRoot.resolve(CUTOVER))) {
            for (Path path : walk.toList()) {
                String expected = Files.isDirectory(path) ? "rwx------" : "rw-------";
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(path)))
                        .as(path.toString())
                        .isEqualTo(expected);
            }
        }
        try (Stream<Path> children = Files.list(backupRoot)) {
            assertThat(children).containsExactly(backupRoot.resolve(CUTOVER));
        }
    }

    @Test
    void reportsProgressPerFile() throws Exception {
        Workspace workspace = Fixtures.workspace(root);
        List<long[]> calls = new ArrayList<>();

        BackupResult result = service.backup(
                Fixtures.request(workspace, null),
                (bytesDone, bytesTotal, itemsDone, itemsTotal) ->
                        calls.add(new long[] {bytesDone, bytesTotal, itemsDone, itemsTotal}));

        long total = result.manifest().totalBytes();
        assertThat(calls).hasSize(4);
        assertThat(calls.get(3)).containsExactly(total, total, 4, 4);
        assertThat(calls).extracting(call -> call[2]).containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void runningAgainKeepsTheVerifiedBackupOfTheStateBeforeTheCutover() throws Exception {
        Workspace workspace = Fixtures.workspace(root);
        BackupResult first = service.backup(Fixtures.request(workspace, null));
        Fixtures.write(root, "data/metrics/production/kpis.json", "{\"par30\": 0.99}\n");

        BackupResult second = service.backup(Fixtures.request(workspace, null));

        assertThat(second.reused()).isTrue();
        assertThat(second.manifest()).isEqualTo(first.manifest());
        assertThat(BackupVerifier.verify(second.backupDir()).ok()).isTrue();
    }

    @Test
    void runningAgainOverACorruptedBackupIsRefusedAndTheBackupLeftAlone() throws Exception {
        Workspace workspace = Fixtures.workspace(root);
        BackupResult first = service.backup(Fixtures.request(workspace, null));
        Path copy = first.backupDir().resolve("files/config/pipeline.yml");
        Files.writeString(copy, "version: 2\nname: abaco\n");

        assertThatThrownBy(() -> service.backup(Fixtures.request(workspace, null)))
                .isInstanceOf(StateRefusedException.class)
                .hasMessageContaining("already exists at .rollback/" + CUTOVER)
                .hasMessageContaining("files/config/pipeline.yml: checksum_mismatch");
        assertThat(Files.readString(copy)).isEqualTo("version: 2\nname: abaco\n");
    }

    @Test
    void aWorkspaceWithoutMetricsYetBacksUpItsConfig() throws Exception {
        Fixtures.write(root, "config/pipeline.yml", "version: 1\n");
        Workspace workspace = new Workspace(root);

        BackupResult result = service.backup(Fixtures.request(workspace, null));

        assertThat(result.manifest().files()).extracting(FileEntry::path).containsExactly("config/pipeline.yml");
        assertThat(result.manifest().roots()).containsExactly("config", Fixtures.METRICS);
    }

    @Test
    void aPreviewListsWhatWouldBeCopiedAndWritesNothing() throws Exception {
        Workspace workspace = Fixtures.workspace(root);

        BackupPreview preview = service.preview(Fixtures.request(workspace, null));

        assertThat(preview.backupDir()).isEqualTo(".rollback/" + CUTOVER);
        assertThat(preview.existing()).isFalse();
        assertThat(preview.files()).hasSize(4).contains("config/pipeline.yml");
        assertThat(preview.bytes())
                .isEqualTo(Files.size(root.resolve("config/pipeline.yml"))
                        + Files.size(root.resolve("config/environments/production.yml"))
                        + Files.size(root.resolve("data/metrics/production/kpis.json"))
                        + Files.size(root.resolve("data/metrics/production/2026-11/portfolio.csv")));
        assertThat(preview.tables()).isEmpty();
        assertThat(root.resolve(".rollback")).doesNotExist();
    }
}
