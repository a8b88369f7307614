package io.abaco.cutover.backup;

import io.abaco.cutover.report.CutoverJson;
import io.abaco.fs.Hashing;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks a backup directory against its {@code backup-manifest.json}: every file's size and SHA-256 recomputed from
 * disk, every table dump's SHA-256 and row count. Names every bad file. Reads only; thread-safe.
 */
public final class BackupVerifier {
    private BackupVerifier() {}

    /** Verifies {@code backupDir}, expecting the manifest's cutover id to be the directory's name. */
    public static BackupVerification verify(Path backupDir) {
        return verify(backupDir, backupDir.getFileName().toString());
    }

    /**
     * Verifies {@code backupDir} against its manifest.
     *
     * @param expectedCutoverId the id the manifest must carry; null accepts any
     */
    public static BackupVerification verify(Path backupDir, String expectedCutoverId) {
        String dir = backupDir.toString();
        Path manifestFile = backupDir.resolve(BackupManifest.FILE_NAME);
        if (!Files.isRegularFile(manifestFile)) {
            return BackupVerification.of(dir, null, List.of(problem(ProblemReason.MANIFEST_MISSING, null, null)));
        }
        BackupManifest manifest;
        try {
            manifest = CutoverJson.compact().readValue(manifestFile.toFile(), BackupManifest.class);
        } catch (IOException | RuntimeException e) {
            String why = e.getMessage() == null
                    ? e.getClass().getSimpleName()
                    : e.getMessage().lines().findFirst().orElse("");
            return BackupVerification.of(dir, null, List.of(problem(ProblemReason.MANIFEST_UNREADABLE, null, why)));
        }
        List<BackupProblem> problems = new ArrayList<>();
        if (manifest.manifestVersion() != BackupManifest.VERSION || manifest.files() == null) {
            problems.add(problem(
                    ProblemReason.MANIFEST_UNREADABLE,
                    "manifest_version " + BackupManifest.VERSION,
                    "manifest_version " + manifest.manifestVersion()));
            return BackupVerification.of(dir, manifest, problems);
        }
        if (expectedCutoverId != null && !expectedCutoverId.equals(manifest.cutoverId())) {
            problems.add(new BackupProblem(
                    BackupManifest.FILE_NAME, expectedCutoverId, manifest.cutoverId(), ProblemReason.WRONG_CUTOVER_ID));
        }
        for (FileEntry file : manifest.files()) {
            if (!BackupPaths.isSafeOriginal(file.path())) {
                problems.add(new BackupProblem(file.path(), null, null, ProblemReason.UNSAFE_PATH));
                continue;
            }
            checkFile(backupDir, file.backupPath(), file.bytes(), file.sha256()).ifPresent(problems::add);
        }
        for (TableEntry table : manifest.tables()) {
            checkFile(backupDir, table.file(), -1, table.sha256()).ifPresentOrElse(problems::add, () -> {
                long rows = CsvRowCounter.dataRows(backupDir.resolve(table.file()));
                if (rows != table.rows()) {
                    problems.add(new BackupProblem(
                            table.file(), table.rows() + " rows", rows + " rows", ProblemReason.ROW_COUNT_MISMATCH));
                }
            });
        }
        return BackupVerification.of(dir, manifest, problems);
    }

    /** Checks one file of the backup; {@code bytes} < 0 skips the size check. */
    private static Optional<BackupProblem> checkFile(Path backupDir, String relative, long bytes, String sha256) {
        if (!BackupPaths.isInside(backupDir, relative)) {
            return Optional.of(new BackupProblem(relative, null, null, ProblemReason.UNSAFE_PATH));
        }
        Path copy = backupDir.resolve(relative);
        if (!Files.isRegularFile(copy)) {
            return Optional.of(new BackupProblem(relative, sha256, null, ProblemReason.MISSING));
        }
        try {
            long size = Files.size(copy);
            if (bytes >= 0 && size != bytes) {
                return Optional.of(
                        new BackupProblem(relative, bytes + " bytes", size + " bytes", ProblemReason.SIZE_MISMATCH));
            }
        } catch (IOException e) {
            return Optional.of(new BackupProblem(relative, sha256, null, ProblemReason.MISSING));
        }
        String actual = Hashing.sha256Hex(copy);
        if (!actual.equals(sha256)) {
            return Optional.of(new BackupProblem(relative, sha256, actual, ProblemReason.CHECKSUM_MISMATCH));
        }
        return Optional.empty();
    }

    private static BackupProblem problem(ProblemReason reason, String expected, String actual) {
        return new BackupProblem(BackupManifest.FILE_NAME, expected, actual, reason);
    }
}
