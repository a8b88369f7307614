package io.abaco.cutover.run;

/**
 * How a cutover command runs.
 *
 * @param dryRun print what would happen, change nothing
 * @param forceUnlock take over a stale lock (recorded in the lock audit)
 * @param progress observer for progress lines, never null
 */
public record CutoverOptions(boolean dryRun, boolean forceUnlock, CutoverProgress progress) {
    public CutoverOptions {
        if (progress == null) progress = CutoverProgress.SILENT;
    }
}
