package io.abaco.cutover.presentation;

import java.time.Instant;
import java.util.List;

/**
 * The cutover's backup, from {@code .rollback/<id>/backup-manifest.json}.
 *
 * @param manifest the manifest file, workspace-relative
 * @param createdAt when the backup was taken, or null
 * @param files every backed-up file (source {@code backup-manifest})
 * @param tables every dumped table as {@code schema.table}: rows and sha256 of the dump
 */
public record BackupSummary(String manifest, Instant createdAt, List<ArtifactRef> files, List<BackupTable> tables) {
    public BackupSummary {
        files = List.copyOf(files);
        tables = List.copyOf(tables);
    }

    /**
     * One dumped table.
     *
     * @param name {@code schema.table}
     * @param rows data rows dumped, or null
     * @param sha256 SHA-256 of the dump, or null
     * @param file where the dump is, workspace-relative, or null
     */
    public record BackupTable(String name, Long rows, String sha256, String file) {}
}
