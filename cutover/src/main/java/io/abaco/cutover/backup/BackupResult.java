package io.abaco.cutover.backup;

import java.nio.file.Path;

/**
 * A verified backup.
 *
 * @param backupDir {@code .rollback/<cutover_id>/}
 * @param manifest its manifest
 * @param reused true when a verified backup for this cutover already existed and was kept (see
 *     {@link BackupService})
 */
public record BackupResult(Path backupDir, BackupManifest manifest, boolean reused) {}
