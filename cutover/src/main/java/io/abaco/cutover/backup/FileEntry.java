package io.abaco.cutover.backup;

/**
 * One backed-up file in {@code backup-manifest.json}.
 *
 * @param path the original, workspace-relative (absolute when outside the workspace)
 * @param backupPath the copy, relative to the backup directory ({@code files/...})
 * @param bytes size in bytes
 * @param sha256 lower-case hex SHA-256 of the content
 * @param mode the original POSIX permissions in octal, e.g. {@code 0644}; null where the file system has none
 */
public record FileEntry(String path, String backupPath, long bytes, String sha256, String mode) {}
