package io.abaco.cutover.run;

import io.abaco.cutover.controller.ServiceCommands;
import io.abaco.cutover.report.Artifact;
import java.nio.file.Path;

/**
 * Every change a cutover makes goes through here, so {@code --dry-run} is one alternative implementation
 * ({@link DryRunEffects}) rather than tests scattered through the phases. Reads (status, checks) stay real in a dry
 * run; writes only say what they would do.
 */
public interface CutoverEffects {
    /** V1/V2 control; its dry-run variant starts and stops nothing. */
    ServiceCommands services();

    /** Writes a phase artifact under the cutover directory and returns its path and sha256. */
    Artifact writeArtifact(Path cutoverDir, String fileName, String content);

    /** Makes {@code pipeline} (v1 or v2) the active production pipeline. */
    void switchActivePipeline(String pipeline);

    /** Tags the workspace's git HEAD; returns the commit, or null when the workspace is not a git repository. */
    String tagHead(String tagName);
}
