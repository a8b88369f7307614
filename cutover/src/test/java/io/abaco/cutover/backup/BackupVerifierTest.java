package io.abaco.cutover.backup;

import static io.abaco.cutover.backup.Fixtures.CUTOVER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.abaco.config.Workspace;
import io.abaco.cutover.report.CutoverJson;
import io.abaco.fs.Hashing;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupVerifierTest {
    @TempDir
    Path root;

    private Path backup;

    @BeforeEach
    void backUp() throws Exception {
        Workspace workspace = Fixtures.workspace(root);
        backup = new BackupService().backup(Fixtures.request(workspace, null)).backupDir();
    }

    @Test
    void anIntactBackupVerifies() {
        BackupVerification verification = BackupVerifier.verify(backup);

        assertThat(verification.ok()).isTrue();
        assertThat(verification.problems()).isEmpty();
        assertThat(verification.manifest().files()).hasSize(4);
    }

    @Test
    void namesEveryBadFileWithItsReason() throws Exception {
        Path pipeline = backup.resolve("files/config/pipeline.yml");
        byte[] flipped = Files.readAllBytes(pipeline);
        flipped[0] ^= 1;
        Files.write(pipeline, flipped);
        try (RandomAccessFile truncated = new RandomAccessFile(
                backup.resolve("files/data/metrics/production/kpis.json").toFile(), "rw")) {
            truncated.setLength(5);
        }
        Files.delete(backup.resolve("files/data/metrics/production/2026-11/portfolio.csv"));

        BackupVerification verification = BackupVerifier.verify(backup);

        assertThat(verification.ok()).isFalse();
        assertThat(verification.problems())
                .extracting(BackupProblem::path, BackupProblem::reason)
                .containsExactlyInAnyOrder(
                        tuple("files/config/pipeline.yml", ProblemReason.CHECKSUM_MISMATCH),
                        tuple("files/data/metrics/production/kpis.json", ProblemReason.SIZE_MISMATCH),
                        tuple("files/data/metrics/production/2026-11/portfolio.csv", ProblemReason.MISSING));
        BackupProblem truncated = verification.problems().stream()
                .filter(problem -> problem.reason() == ProblemReason.SIZE_MISMATCH)
                .findFirst()
                .orElseThrow();
        assertThat(truncated.actual()).isEqualTo("5 bytes");
        assertThat(verification.summary()).contains("files/config/pipeline.yml: checksum_mismatch (expected ");
    }

    @Test
    void aMissingManifestIsNamed() throws Exception {
        Files.delete(backup.resolve("backup-manifest.json"));

        BackupVerification verification = BackupVerifier.verify(backup);

        assertThat(verification.ok()).isFalse();
        assertThat(verification.problems())
                .extracting(BackupProblem::path, BackupProblem::reason)
                .containsExactly(tuple("backup-manifest.json", ProblemReason.MANIFEST_MISSING));
    }

    @Test
    void anUnreadableManifestIsNamed() throws Exception {
        Path manifest = backup.resolve("backup-manifest.json");
        Files.writeString(manifest, Files.readString(manifest).substring(0, 40));

        BackupVerification verification = BackupVerifier.verify(backup);

        assertThat(verification.problems())
                .extracting(BackupProblem::reason)
                .containsExactly(ProblemReason.MANIFEST_UNREADABLE);
        assertThat(verification.manifest()).isNull();
    }

    @Test
    void aManifestOfAnotherCutoverIsNamed() throws Exception {
        Path other = root.resolve(".rollback/c-20261123T000000Z");
        Files.move(backup, other);

        BackupVerification verification = BackupVerifier.verify(other);

        assertThat(verification.problems())
                .extracting(BackupProblem::reason, BackupProblem::expected, BackupProblem::actual)
                .containsExactly(tuple(ProblemReason.WRONG_CUTOVER_ID, "c-20261123T000000Z", CUTOVER));
    }

    @Test
    void aTamperedPathLeavingTheBackupIsNeverFollowed() throws Exception {
        Path manifest = backup.resolve("backup-manifest.json");
        Files.writeString(
                manifest,
                Files.readString(manifest).replace("\"files/config/pipeline.yml\"", "\"../../config/pipeline.yml\""));

        BackupVerification verification = BackupVerifier.verify(backup);

        assertThat(verification.problems())
                .extracting(BackupProblem::path, BackupProblem::reason)
                .containsExactly(tuple("../../config/pipeline.yml", ProblemReason.UNSAFE_PATH));
    }

    @Test
    void aTableDumpWhoseRowCountDiffersFromTheManifestIsNamed() throws Exception {
        Path dump = backup.resolve("tables/loans.csv");
        Files.createDirectories(dump.getParent());
        Files.writeString(dump, "id,note\n1,\"two\nlines\"\n2,\"say \"\"hi\"\"\"\n");
        Path manifestFile = backup.resolve("backup-manifest.json");
        BackupManifest manifest = CutoverJson.compact().readValue(manifestFile.toFile(), BackupManifest.class);
        TableEntry claimed = new TableEntry(
                "analytics", "loans", 3, Hashing.sha256Hex(dump), "tables/loans.csv", List.of("id", "note"));
        Files.write(
                manifestFile,
                CutoverJson.pretty()
                        .writeValueAsBytes(new BackupManifest(
                                manifest.cutoverId(),
                                manifest.createdAt(),
                                manifest.workspace(),
                                manifest.roots(),
                                manifest.files(),
                                List.of(claimed),
                                manifest.manifestVersion())));

        BackupVerification verification = BackupVerifier.verify(backup);

        assertThat(verification.problems())
                .extracting(BackupProblem::path, BackupProblem::reason, BackupProblem::expected, BackupProblem::actual)
                .containsExactly(tuple("tables/loans.csv", ProblemReason.ROW_COUNT_MISMATCH, "3 rows", "2 rows"));
    }
}
