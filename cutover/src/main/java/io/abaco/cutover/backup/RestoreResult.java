package io.abaco.cutover.backup;

import java.util.List;

/**
 * What a restore did (or, for a dry run, would do).
 *
 * @param cutoverId the cutover
 * @param backupDir the backup restored
 * @param dryRun true when nothing was changed on purpose
 * @param alreadyRestored true when the live state already equalled the backup: nothing was exported or changed
 * @param v2EraDir where the state before the restore was exported ({@code v2-era}, {@code v2-era-2}, …); null
 *     when nothing was exported
 * @param restoredFiles workspace-relative files put back
 * @param movedAside workspace-relative files taken out of the live tree (their copies are in the v2-era export)
 * @param restoredTables tables whose rows were replaced
 * @param actions one line per action done (or planned, for a dry run), in order
 * @param problems differences left after the restore (empty when the restored state matches the backup); always
 *     empty for a dry run
 * @param steps timings per step, in order
 */
public record RestoreResult(
        String cutoverId,
        String backupDir,
        boolean dryRun,
        boolean alreadyRestored,
        String v2EraDir,
        List<String> restoredFiles,
        List<String> movedAside,
        List<String> restoredTables,
        List<String> actions,
        List<BackupProblem> problems,
        List<StepTiming> steps) {
    public RestoreResult {
        restoredFiles = List.copyOf(restoredFiles);
        movedAside = List.copyOf(movedAside);
        restoredTables = List.copyOf(restoredTables);
        actions = List.copyOf(actions);
        problems = List.copyOf(problems);
        steps = List.copyOf(steps);
    }

    /** True when the restored state was verified equal to the backup (or nothing had to change). */
    public boolean ok() {
        return problems.isEmpty();
    }
}
