package io.abaco.pipeline.serve;

import io.abaco.config.LoadedConfig;
import io.abaco.config.Workspace;
import io.abaco.pipeline.run.PipelineRunner;
import io.abaco.pipeline.run.RunRequest;
import io.abaco.pipeline.run.RunResult;
import io.abaco.pipeline.run.RunSummary;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/** The job {@code abaco serve} schedules: one real pipeline run on the configured input. */
public final class PipelineJob implements ScheduledJob {
    private final LoadedConfig config;
    private final Workspace workspace;
    private final Map<String, String> environment;
    private final Clock clock;

    public PipelineJob(LoadedConfig config, Workspace workspace, Map<String, String> environment, Clock clock) {
        this.config = config;
        this.workspace = workspace;
        this.environment = Map.copyOf(environment);
        this.clock = clock;
    }

    @Override
    public JobOutcome runOnce() {
        Instant started = clock.instant();
        RunResult result = new PipelineRunner().run(RunRequest.of(config, workspace, null, environment, null));
        RunSummary summary = result.summary();
        return JobOutcome.success(
                summary.runId(), started, clock.instant(), summary.input().accepted(), summary.kpis());
    }
}
