package io.abaco.validation.shadow;

import io.abaco.config.LoadedConfig;
import io.abaco.config.Workspace;
import io.abaco.config.model.AbacoConfig;
import io.abaco.config.model.DatabaseConfig;
import io.abaco.config.model.OutputConfig;
import io.abaco.config.model.PipelineConfig;
import io.abaco.config.model.RunConfig;
import io.abaco.pipeline.run.PipelineRunner;
import io.abaco.pipeline.run.ProgressListener;
import io.abaco.pipeline.run.RunRequest;
import io.abaco.pipeline.run.RunResult;
import java.nio.file.Path;
import java.util.Map;

/**
 * Runs V2 ({@link PipelineRunner}) once on a tape for shadow comparison, isolated from production: the run uses a
 * copy of the configuration whose {@code pipeline.output.dir} is {@code <outputDir>} and {@code run.artifacts_dir}
 * is {@code <outputDir>/runs}, with the database disabled, so it never touches the workspace's metrics, runs or
 * tables. Thread-safe when two runs use different output directories.
 */
public final class V2PipelineExecutor implements PipelineExecutor {
    static final String RUNS_DIR = "runs";

    private final Workspace workspace;
    private final LoadedConfig config;
    private final Map<String, String> environment;
    private final PipelineRunner runner;

    public V2PipelineExecutor(
            Workspace workspace, LoadedConfig config, Map<String, String> environment, PipelineRunner runner) {
        this.workspace = workspace;
        this.config = config;
        this.environment = Map.copyOf(environment);
        this.runner = runner;
    }

    /**
     * @throws io.abaco.error.AbacoException when the run fails (bad tape, configuration); nothing is published then
     */
    @Override
    public KpiSnapshot run(Path tape, Path outputDir) {
        AbacoConfig isolated =
                isolated(config.config(), outputDir.toAbsolutePath().normalize());
        RunResult result = runner.run(new RunRequest(
                isolated, config.sha256(), workspace, tape.toAbsolutePath(), environment, ProgressListener.NONE));
        return new KpiSnapshot(
                result.summary().kpis(), KpiSnapshot.findLoans(outputDir).orElse(null));
    }

    /** {@code config} writing its outputs and run directories under {@code outputDir}, without a database. */
    public static AbacoConfig isolated(AbacoConfig config, Path outputDir) {
        PipelineConfig pipeline = config.pipeline();
        OutputConfig output = pipeline.output();
        DatabaseConfig database = output.database();
        DatabaseConfig disabled = database == null
                ? new DatabaseConfig(false, null, null, null, null)
                : new DatabaseConfig(false, database.url(), database.user(), database.password(), database.schema());
        OutputConfig isolatedOutput = new OutputConfig(outputDir.toString(), output.formats(), disabled);
        RunConfig run = config.run();
        RunConfig isolatedRun = new RunConfig(
                run == null ? "deterministic" : run.idStrategy(),
                run == null ? "UTC" : run.timezone(),
                outputDir.resolve(RUNS_DIR).toString());
        return new AbacoConfig(
                config.version(),
                config.name(),
                config.environment(),
                isolatedRun,
                new PipelineConfig(
                        pipeline.ingestion(), pipeline.transformation(), pipeline.calculation(), isolatedOutput),
                config.serve(),
                config.cutover(),
                config.validation(),
                config.alerts());
    }
}
