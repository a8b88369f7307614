package io.abaco.cutover.backup;

import io.abaco.config.Workspace;
import java.nio.file.Path;

/**
 * What to restore.
 *
 * @param workspace the workspace restored into (manifest paths are relative to it)
 * @param cutoverId the cutover whose backup is restored; the manifest must carry this id
 * @param backupDir the backup, {@code .rollback/<cutover_id>/}
 * @param database where the tables go back; null when none is configured (then the backup must hold no tables)
 */
public record RestoreRequest(Workspace workspace, String cutoverId, Path backupDir, DatabaseTarget database) {}
