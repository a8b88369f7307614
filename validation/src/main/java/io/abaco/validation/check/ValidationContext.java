package io.abaco.validation.check;

import io.abaco.config.LoadedConfig;
import io.abaco.config.Workspace;
import io.abaco.config.model.AbacoConfig;
import io.abaco.pipeline.run.RunRecord;
import io.abaco.validation.report.ValidationReport;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * What every check of one validation sees: the workspace, its configuration, and what was found on disk before the
 * checks ran. Immutable.
 *
 * @param workspace the operator's workspace
 * @param config the configuration of the environment validated
 * @param environment the process environment (the PII key and secrets a pipeline run may need)
 * @param clock the clock of this validation
 * @param timestamp when this validation started (UTC)
 * @param latestRun the latest successful pipeline run, or null when there is none
 * @param previousReport the last validation report taken before {@code timestamp}, or null when there is none
 */
public record ValidationContext(
        Workspace workspace,
        LoadedConfig config,
        Map<String, String> environment,
        Clock clock,
        Instant timestamp,
        RunRecord latestRun,
        ValidationReport previousReport) {
    /** What checks that need a run report when there is none. */
    public static final String NO_RUN_HINT = "run 'abaco pipeline run' first";

    public ValidationContext {
        environment = Map.copyOf(environment);
    }

    public AbacoConfig settings() {
        return config.config();
    }

    public Optional<RunRecord> run() {
        return Optional.ofNullable(latestRun);
    }

    public Optional<ValidationReport> previous() {
        return Optional.ofNullable(previousReport);
    }

    /** The runs directory ({@code run.artifacts_dir}, {@code logs/runs} by default). */
    public Path runsDir() {
        AbacoConfig settings = settings();
        String dir = settings.run() == null || settings.run().artifactsDir() == null
                ? "logs/runs"
                : settings.run().artifactsDir();
        return workspace.resolve(dir);
    }

    /** The FAIL of a check that needs a successful run when there is none. */
    public io.abaco.validation.CheckResult noRun(String check) {
        return io.abaco.validation.CheckResult.fail(
                check,
                null,
                null,
                "no successful pipeline run in " + workspace.display(runsDir()) + ": " + NO_RUN_HINT);
    }

    /** A workspace path as an operator names it. */
    public String display(Path path) {
        return workspace.display(path);
    }
}
