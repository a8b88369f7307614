package io.abaco.cutover.overview;

import io.abaco.config.LoadedConfig;
import io.abaco.config.Workspace;
import io.abaco.cutover.run.Cutover;
import io.abaco.pipeline.run.RunHistory;
import io.abaco.validation.CheckStatus;
import io.abaco.validation.Validator;
import io.abaco.validation.alert.AlertStateStore;
import io.abaco.validation.report.ValidationHistory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads the {@link Overview} from the workspace's files. Read-only. */
public final class OverviewReader {
    private OverviewReader() {}

    public static Overview read(Workspace workspace, LoadedConfig config, Map<String, String> environment) {
        var cutover = new Cutover(workspace, config, environment, Clock.systemUTC()).status();
        Path runs = workspace.resolve(config.config().run().artifactsDir());
        Overview.LastRun lastRun = RunHistory.latest(runs, null)
                .map(run -> new Overview.LastRun(
                        run.summary().runId(),
                        run.summary().completedAt(),
                        run.summary().kpis()))
                .orElse(null);
        Path history = Validator.historyDir(workspace, config.config());
        Overview.LastValidation lastValidation = new ValidationHistory(history)
                .latest()
                .map(report -> new Overview.LastValidation(
                        report.timestamp().toString(),
                        report.status().name(),
                        report.checks().stream()
                                .filter(check ->
                                        check.status() == CheckStatus.FAIL || check.status() == CheckStatus.WARN)
                                .map(check -> check.name() + ": " + check.status())
                                .toList()))
                .orElse(null);
        List<String> open = new ArrayList<>();
        new AlertStateStore(history.resolve(AlertStateStore.FILE_NAME))
                .load()
                .checks()
                .forEach((name, state) -> {
                    if (state.lastStatus() == CheckStatus.FAIL || state.lastStatus() == CheckStatus.WARN) {
                        open.add(name + ": " + state.lastStatus());
                    }
                });
        return new Overview(cutover.activePipeline(), cutover, lastRun, lastValidation, open);
    }
}
