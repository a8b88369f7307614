package io.abaco.cutover.phase;

import io.abaco.config.LoadedConfig;
import io.abaco.config.Workspace;
import io.abaco.config.model.AbacoConfig;
import io.abaco.cutover.run.CutoverContext;
import io.abaco.pipeline.output.OutputFile;
import io.abaco.pipeline.run.RunRecord;
import io.abaco.pipeline.run.RunResult;
import io.abaco.validation.CheckResult;
import io.abaco.validation.check.AuditTrailCheck;
import io.abaco.validation.check.DataIntegrityCheck;
import io.abaco.validation.check.KpiCalculationsCheck;
import io.abaco.validation.check.ValidationCheck;
import io.abaco.validation.check.ValidationContext;
import java.nio.file.Path;
import java.util.List;

/**
 * The checks staging-validate and post-validate make of the V2 run they just did: the same checks
 * {@code abaco validate} makes (KPIs recomputed from the loan-level output, every output file against the manifest,
 * the audit chain), pointed at that run.
 */
final class RunChecks {
    private static final List<ValidationCheck> CHECKS =
            List.of(new KpiCalculationsCheck(), new DataIntegrityCheck(), new AuditTrailCheck());

    private RunChecks() {}

    static List<CheckResult> of(CutoverContext context, AbacoConfig config, RunResult run) {
        LoadedConfig loaded = new LoadedConfig(
                config,
                context.config().tree(),
                context.config().files(),
                context.config().sha256());
        ValidationContext validation = new ValidationContext(
                context.workspace(),
                loaded,
                context.environment(),
                context.clock(),
                context.clock().instant(),
                new RunRecord(run.runDirectory(), run.summary(), run.manifest()),
                null);
        return CHECKS.stream().map(check -> check.run(validation)).toList();
    }

    /** The run's loan-level output (csv preferred, then parquet), for the row-by-row shadow comparison. */
    static Path loansFile(Workspace workspace, RunResult run) {
        Path parquet = null;
        for (OutputFile file : run.manifest().files()) {
            String name = Path.of(file.path()).getFileName().toString();
            if (name.equals("loans.csv")) return workspace.resolve(file.path());
            if (name.equals("loans.parquet")) parquet = workspace.resolve(file.path());
        }
        return parquet;
    }
}
