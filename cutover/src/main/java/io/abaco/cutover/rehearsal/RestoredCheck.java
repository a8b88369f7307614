package io.abaco.cutover.rehearsal;

import java.util.List;

/**
 * Whether the workspace is back to the pre-cutover state after the rehearsal's rollback: every file and table of the
 * backup manifest compared, by sha256 (files) and row count + checksum (tables), with the live state.
 *
 * @param restored true when nothing differs
 * @param message what was compared, or why the comparison could not be made
 * @param differences the files and tables that differ (changed, or present but not in the backup)
 */
public record RestoredCheck(boolean restored, String message, List<String> differences) {
    public RestoredCheck {
        differences = List.copyOf(differences);
    }
}
