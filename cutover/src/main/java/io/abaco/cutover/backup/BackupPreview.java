package io.abaco.cutover.backup;

import java.util.List;

/**
 * What a backup would capture, for {@code --dry-run}: computed by reading only.
 *
 * @param backupDir where the backup would go (workspace-relative)
 * @param existing true when a backup for this cutover already exists (a run would verify and keep it)
 * @param files workspace-relative files that would be copied
 * @param bytes their total size
 * @param tables qualified names of the tables that would be dumped
 */
public record BackupPreview(String backupDir, boolean existing, List<String> files, long bytes, List<String> tables) {
    public BackupPreview {
        files = List.copyOf(files);
        tables = List.copyOf(tables);
    }
}
