package io.abaco.cutover.run;

import io.abaco.config.LoadedConfig;
import io.abaco.config.Secrets;
import io.abaco.config.Workspace;
import io.abaco.cutover.Phase;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * Everything a phase may use. Side effects go only through {@link #effects()}, whose dry-run implementation
 * changes nothing, and traces only through {@link #note}.
 *
 * @param cutoverId e.g. {@code c-20261122T081500Z}
 * @param environment the process environment (secrets are read from it, never printed)
 */
public record CutoverContext(
        String cutoverId,
        Workspace workspace,
        LoadedConfig config,
        Map<String, String> environment,
        boolean dryRun,
        CutoverEffects effects,
        CutoverRecorder recorder,
        CutoverProgress progress,
        Clock clock) {
    public CutoverContext {
        environment = Map.copyOf(environment);
    }

    public Path cutoverDir() {
        return workspace.cutoverDir(cutoverId);
    }

    /** A line for cutover.log and the progress display, redacted. */
    public void note(Phase phase, String message) {
        String safe = Secrets.redact(message);
        recorder.note(phase, safe);
        progress.note(phase, safe);
    }
}
