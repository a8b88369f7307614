package io.abaco.validation.shadow;

import io.abaco.config.LoadedConfig;
import io.abaco.config.Secrets;
import io.abaco.config.Workspace;
import io.abaco.config.model.AbacoConfig;
import io.abaco.config.model.ServiceConfig;
import io.abaco.pipeline.run.PipelineRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * {@code abaco shadow} (DESIGN §10): runs V1 ({@code cutover.v1.run_command}, {@link V1CommandExecutor}) and V2
 * ({@link V2PipelineExecutor}) on the same tape, or on every tape of a directory, and compares them. Each comparison
 * works in its own directory {@code logs/shadow/<yyyyMMdd'T'HHmmss'Z'>[-N]/} ({@code v1/}, {@code v2/} per tape, and
 * the report: {@code shadow-report.json} or {@code historical-report.json}). Thread-safe.
 */
public final class Shadow {
    public static final String REPORT_FILE = "shadow-report.json";
    public static final String HISTORICAL_REPORT_FILE = "historical-report.json";
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final PipelineRunner runner;
    private final Clock clock;
    private final Duration v1Timeout;

    public Shadow(Clock clock) {
        this(new PipelineRunner(clock, io.abaco.pipeline.run.TapeSource.INGESTION), clock, Duration.ofMinutes(30));
    }

    /** @param v1Timeout the longest one V1 run may take before it is killed */
    public Shadow(PipelineRunner runner, Clock clock, Duration v1Timeout) {
        this.runner = runner;
        this.clock = clock;
        this.v1Timeout = v1Timeout;
    }

    /** {@code logs/shadow/} of the workspace. */
    public static Path shadowDir(Workspace workspace) {
        return workspace.root().resolve("logs").resolve("shadow");
    }

    /** A new, empty directory {@code logs/shadow/<stamp>[-N]/} for one comparison. */
    public Path newWorkDir(Workspace workspace) {
        String base = STAMP.format(clock.instant());
        try {
            Files.createDirectories(shadowDir(workspace));
            for (int n = 1; ; n++) {
                Path dir = shadowDir(workspace).resolve(n == 1 ? base : base + "-" + n);
                try {
                    return Files.createDirectory(dir);
                } catch (FileAlreadyExistsException taken) {
                    // another comparison started in the same second
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + shadowDir(workspace) + ": " + e.getMessage(), e);
        }
    }

    /** Compares V1 and V2 on {@code tape} in a new directory under {@code logs/shadow/}. */
    public ShadowReport shadowOne(
            Workspace workspace, LoadedConfig config, Map<String, String> environment, Path tape) {
        requireTape(tape);
        return shadowOne(workspace, config, environment, tape, newWorkDir(workspace));
    }

    /**
     * Compares V1 and V2 on {@code tape} in {@code workDir}, writing {@code workDir/shadow-report.json}.
     *
     * @throws io.abaco.error.AbacoException when either pipeline fails, or V1 has no {@code run_command}
     */
    public ShadowReport shadowOne(
            Workspace workspace, LoadedConfig config, Map<String, String> environment, Path tape, Path workDir) {
        Secrets.registerFromEnvironment(environment);
        requireTape(tape);
        ShadowReport report = runner(workspace, config, environment).run(tape.toAbsolutePath(), workDir);
        ShadowReportFile.write(workDir.resolve(REPORT_FILE), report);
        return report;
    }

    /** Compares V1 and V2 on every tape of {@code tapesDir}, in a new directory under {@code logs/shadow/}. */
    public HistoricalReport shadowDays(
            Workspace workspace, LoadedConfig config, Map<String, String> environment, Path tapesDir) {
        if (!Files.isDirectory(tapesDir)) {
            throw new io.abaco.error.InputDataException(tapesDir + ": not a directory of tapes");
        }
        return shadowDays(workspace, config, environment, tapesDir, newWorkDir(workspace));
    }

    /** As {@link #shadowDays(Workspace, LoadedConfig, Map, Path)} in {@code workDir}. */
    public HistoricalReport shadowDays(
            Workspace workspace, LoadedConfig config, Map<String, String> environment, Path tapesDir, Path workDir) {
        Secrets.registerFromEnvironment(environment);
        HistoricalReport report =
                new HistoricalReconciliation(runner(workspace, config, environment), clock).run(tapesDir, workDir);
        ShadowReportFile.write(workDir.resolve(HISTORICAL_REPORT_FILE), report);
        return report;
    }

    private ShadowRunner runner(Workspace workspace, LoadedConfig config, Map<String, String> environment) {
        AbacoConfig settings = config.config();
        ServiceConfig v1 = settings.cutover().v1();
        Path v1Dir = workspace.resolve(v1.workdir() == null || v1.workdir().isBlank() ? "." : v1.workdir());
        return new ShadowRunner(
                new V1CommandExecutor(v1, v1Dir, v1Timeout),
                new V2PipelineExecutor(workspace, config, environment, runner),
                new ShadowComparison(settings.cutover().shadow(), clock));
    }

    private static void requireTape(Path tape) {
        if (!Files.isRegularFile(tape)) throw new io.abaco.error.InputDataException(tape + ": no such tape");
    }
}
