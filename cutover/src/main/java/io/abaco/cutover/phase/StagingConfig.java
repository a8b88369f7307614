package io.abaco.cutover.phase;

import io.abaco.config.Workspace;
import io.abaco.config.model.AbacoConfig;
import io.abaco.config.model.DatabaseConfig;
import io.abaco.config.model.OutputConfig;
import io.abaco.config.model.PipelineConfig;
import io.abaco.config.model.RunConfig;
import java.nio.file.Path;

/**
 * The production configuration redirected into a staging location: outputs and run artifacts under the
 * cutover's {@code staging/} directory, no database writes. Production outputs are never touched by it.
 */
final class StagingConfig {
    private StagingConfig() {}

    static AbacoConfig of(AbacoConfig production, Workspace workspace, Path stagingDir) {
        PipelineConfig pipeline = production.pipeline();
        OutputConfig output = pipeline.output();
        DatabaseConfig database = output.database();
        OutputConfig stagingOutput = new OutputConfig(
                workspace.display(stagingDir.resolve("metrics")),
                output.formats(),
                new DatabaseConfig(false, database.url(), database.user(), database.password(), database.schema()));
        RunConfig run = production.run();
        RunConfig stagingRun =
                new RunConfig(run.idStrategy(), run.timezone(), workspace.display(stagingDir.resolve("runs")));
        return new AbacoConfig(
                production.version(),
                production.name(),
                production.environment(),
                stagingRun,
                new PipelineConfig(
                        pipeline.ingestion(), pipeline.transformation(), pipeline.calculation(), stagingOutput),
                production.serve(),
                production.cutover(),
                production.validation(),
                production.alerts());
    }
}
