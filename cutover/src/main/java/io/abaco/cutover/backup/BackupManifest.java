package io.abaco.cutover.backup;

import java.time.Instant;
import java.util.List;

/**
 * {@code backup-manifest.json}: what a backup (or a v2-era export) holds and the checksums that prove it intact.
 *
 * @param cutoverId the cutover it belongs to
 * @param createdAt when it was taken
 * @param workspace absolute workspace root at backup time (informational: restore uses the current workspace)
 * @param roots the directories captured, workspace-relative (files under them and absent from the backup are
 *     moved aside on restore)
 * @param files every file copied, sorted by path
 * @param tables every table dumped
 * @param manifestVersion format version, {@link #VERSION}
 */
public record BackupManifest(
        String cutoverId,
        Instant createdAt,
        String workspace,
        List<String> roots,
        List<FileEntry> files,
        List<TableEntry> tables,
        int manifestVersion) {
    public static final String FILE_NAME = "backup-manifest.json";
    public static final int VERSION = 1;

    public BackupManifest {
        roots = List.copyOf(roots);
        files = List.copyOf(files);
        tables = List.copyOf(tables);
    }

    public long totalBytes() {
        return files.stream().mapToLong(FileEntry::bytes).sum();
    }
}
