package io.abaco.pipeline.run;

import io.abaco.config.Secrets;
import io.abaco.config.Workspace;
import io.abaco.config.model.AbacoConfig;
import io.abaco.config.model.DatabaseConfig;
import io.abaco.config.model.PipelineConfig;
import io.abaco.pipeline.audit.AuditTrail;
import io.abaco.pipeline.calc.Anomaly;
import io.abaco.pipeline.calc.AnomalyDetector;
import io.abaco.pipeline.calc.Grain;
import io.abaco.pipeline.calc.KpiCalculator;
import io.abaco.pipeline.calc.KpiResult;
import io.abaco.pipeline.calc.TimeSeriesPoint;
import io.abaco.pipeline.crash.CrashPoints;
import io.abaco.pipeline.db.PipelineDatabase;
import io.abaco.pipeline.db.RunRow;
import io.abaco.pipeline.ingest.IngestionRequest;
import io.abaco.pipeline.ingest.IngestionResult;
import io.abaco.pipeline.ingest.TapeHeader;
import io.abaco.pipeline.output.DataOutputs;
import io.abaco.pipeline.output.DuckDb;
import io.abaco.pipeline.output.Json;
import io.abaco.pipeline.output.StagedFiles;
import io.abaco.pipeline.transform.OutlierRule;
import io.abaco.pipeline.transform.PiiKey;
import io.abaco.pipeline.transform.PiiKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Runs the V2 pipeline (DESIGN §7): ingestion → transformation → calculation → output, streaming, then publishes
 * the data outputs and {@code logs/runs/<run_id>/} — or, when anything fails, publishes nothing under a final
 * name, records the failure in {@code logs/runs/failed-<stamp>/summary.json}, and rethrows.
 *
 * <p>Thread-safe: runs sharing a runs directory wait for each other ({@link RunLock}); the one that holds the lock
 * first recovers what a killed run left behind ({@link CrashRecovery}).
 */
public final class PipelineRunner {
    private final Clock clock;
    private final TapeSource tapeSource;

    public PipelineRunner() {
        this(Clock.systemUTC(), TapeSource.INGESTION);
    }

    /** @param tapeSource where rows come from ({@link TapeSource#INGESTION} in the product) */
    public PipelineRunner(Clock clock, TapeSource tapeSource) {
        this.clock = clock;
        this.tapeSource = tapeSource;
    }

    /**
     * @throws io.abaco.error.AbacoException subclasses for bad input, configuration or an unavailable database;
     *     the failure is recorded in the runs directory first
     */
    public RunResult run(RunRequest request) {
        AbacoConfig config = request.config();
        Workspace workspace = request.workspace();
        Secrets.registerFromEnvironment(request.environment());
        Instant startedAt = clock.instant();
        Path runsDir = workspace.resolve(artifactsDir(config));
        try (RunLock lock = RunLock.acquire(runsDir)) {
            CrashRecovery.recover(runsDir, outputDir(config, workspace));
            return runLocked(request, runsDir, startedAt);
        }
    }

    private RunResult runLocked(RunRequest request, Path runsDir, Instant startedAt) {
        RunDirectory runDirectory = RunDirectory.create(runsDir);
        Path staging = runDirectory.staging();
        Path workDir = staging.resolve(".work");
        StagedFiles outputs = new StagedFiles();
        RunState state = new RunState(request, startedAt);
        CompletableFuture<DuckDb> duckDb = null;
        try (AuditTrail audit = AuditTrail.open(staging.resolve("audit.jsonl"), clock)) {
            state.audit = audit;
            try {
                Files.createDirectories(workDir);
                duckDb = DuckDb.openAsync(workDir, Runtime.getRuntime().availableProcessors(), "1GB");
                return execute(state, runDirectory, workDir, outputs, duckDb);
            } catch (RuntimeException | IOException | Error failure) {
                outputs.discard();
                recordFailure(state, runDirectory, workDir, failure);
                if (failure instanceof IOException io) throw new UncheckedIOException(io);
                if (failure instanceof Error error) throw error;
                throw (RuntimeException) failure;
            }
        } finally {
            if (duckDb != null) duckDb.thenAccept(DuckDb::close).exceptionally(ignored -> null);
            RunDirectory.deleteTree(workDir);
        }
    }

    private RunResult execute(
            RunState state,
            RunDirectory runDirectory,
            Path workDir,
            StagedFiles outputs,
            CompletableFuture<DuckDb> duckDbFuture)
            throws IOException {
        RunRequest request = state.request;
        PipelineConfig pipeline = request.config().pipeline();
        Workspace workspace = request.workspace();
        ProgressListener progress = request.progress();
        state.audit.append(
                "run_started",
                null,
                Map.of("environment", environment(request), "config_sha256", String.valueOf(request.configSha256())));

        PiiKey piiKey = PiiKeys.resolve(workspace, request.environment());
        Path input = request.input();
        progress.phaseStarted("ingestion");
        long streamStart = System.nanoTime();
        TapeProcessor processor = new TapeProcessor(pipeline, piiKey, workDir, request.progress());
        IngestionResult ingestion;
        try {
            ingestion = tapeSource.read(
                    new IngestionRequest(
                            pipeline.ingestion(), workspace, input, runDirectory.staging(), request.environment()),
                    processor);
            processor.finish(new TapeHeader(String.valueOf(input), "csv", false, List.of()));
        } catch (RuntimeException failure) {
            processor.abort();
            throw failure;
        }
        long streamMillis = (System.nanoTime() - streamStart) / 1_000_000;
        state.ingestion = ingestion;
        state.runId = RunIds.of(request.config().run().idStrategy(), ingestion.inputSha256(), clock.instant());
        String runId = state.runId;
        long kept = processor.stage().rows();
        long dropped = processor.transformer().dropped();
        String inputPath = processor.header().source();
        state.access("read", inputPath);
        state.phase(
                "ingestion",
                ingestion.rowsRead(),
                Math.max(
                        0,
                        streamMillis
                                - processor.transformMillis()
                                - processor.calculateMillis()
                                - processor.stageMillis()));
        state.audit.append(
                "input_read",
                runId,
                Map.of(
                        "path", inputPath,
                        "sha256", ingestion.inputSha256(),
                        "rows_read", ingestion.rowsRead(),
                        "accepted", ingestion.accepted(),
                        "rejected", ingestion.rejected(),
                        "duplicates", ingestion.duplicates()));
        progress.phaseStarted("transformation");
        state.phase("transformation", kept, processor.transformMillis());
        state.audit.append(
                "rows_transformed",
                runId,
                Map.of(
                        "kept",
                        kept,
                        "dropped",
                        dropped,
                        "null_handling",
                        String.valueOf(pipeline.transformation().nullHandling()),
                        "masked_columns",
                        processor.transformer().masker().maskedColumns()));

        progress.phaseStarted("calculation");
        long calculationStart = System.nanoTime();
        KpiCalculator calculator = new KpiCalculator(pipeline.calculation().kpis());
        KpiResult kpis = calculator.calculate(processor.sums());
        Map<Grain, List<TimeSeriesPoint>> series = new LinkedHashMap<>();
        for (Grain grain : processor.timeSeries().grains()) {
            series.put(grain, processor.timeSeries().points(grain, calculator));
        }
        Path runsDir = request.workspace().resolve(artifactsDir(request.config()));
        Optional<RunRecord> previous = RunHistory.latest(runsDir, runId);
        List<Anomaly> anomalies = pipeline.calculation().anomaly() == null
                ? List.of()
                : new AnomalyDetector(pipeline.calculation().anomaly().maxChangePct())
                        .detect(
                                kpis.values(),
                                previous.map(run -> run.summary().kpis()).orElse(null),
                                previous.map(run -> run.summary().runId()).orElse(null));
        state.phase(
                "calculation", kept, processor.calculateMillis() + (System.nanoTime() - calculationStart) / 1_000_000);
        state.audit.append("kpis_calculated", runId, Map.of("kpis", kpis.values(), "anomalies", anomalies.size()));

        progress.phaseStarted("output");
        long outputStart = System.nanoTime();
        Path outputDir = workspace.resolve(pipeline.output().dir());
        OutlierRule outlierRule = OutlierRule.from(
                processor.transformer().receivableStats(),
                pipeline.transformation().outliers() == null
                        ? Double.POSITIVE_INFINITY
                        : pipeline.transformation().outliers().threshold());
        DuckDb duckDb = join(duckDbFuture);
        DataOutputs data = new DataOutputs(
                outputDir,
                pipeline.output().formats(),
                duckDb,
                workDir,
                outputs,
                target -> progress.fileStaged(workspace.display(target)));
        data.writeLoans(processor.stage(), outlierRule);
        data.writeKpis(kpis);
        series.forEach(data::writeTimeSeries);
        for (Path target : outputs.targets()) state.access("write", workspace.display(target));

        DatabaseConfig database = pipeline.output().database();
        if (database != null && database.enabled()) {
            Path facts = workDir.resolve("loan_facts.csv");
            duckDb.copy(
                    PipelineDatabase.loanFactsSelect(runId, DataOutputs.loansSelect(processor.stage(), outlierRule)),
                    facts,
                    "csv");
            new PipelineDatabase(database)
                    .writeRun(
                            new RunRow(
                                    runId,
                                    RunSummary.SUCCESS,
                                    environment(request),
                                    state.startedAt,
                                    clock.instant(),
                                    ingestion.inputSha256(),
                                    request.configSha256(),
                                    kept),
                            kpis.details(),
                            series,
                            facts);
            state.audit.append(
                    "database_written", runId, Map.of("schema", String.valueOf(database.schema()), "loan_facts", kept));
        }
        List<String> maskedColumns = processor.transformer().masker().maskedColumns();
        Json.write(
                runDirectory.staging().resolve("compliance.json"),
                new ComplianceRecord(maskedColumns, piiKey.source(), state.accessLog));
        state.phase("output", kept, (System.nanoTime() - outputStart) / 1_000_000);
        state.audit.append(
                "run_completed", runId, Map.of("outputs", outputs.targets().size()));

        RunSummary summary = state.summary(
                RunSummary.SUCCESS,
                new RunSummary.InputSummary(
                        inputPath,
                        ingestion.inputSha256(),
                        processor.header().format(),
                        ingestion.rowsRead(),
                        ingestion.accepted(),
                        ingestion.rejected(),
                        ingestion.duplicates(),
                        dropped),
                kpis,
                anomalies,
                outputs.targets().stream().map(workspace::display).toList(),
                null);
        RunManifest manifest = ManifestBuilder.build(
                runId, runDirectory, outputs, workspace, ingestion.inputSha256(), request.configSha256());
        Json.write(runDirectory.staging().resolve(RunHistory.MANIFEST), manifest);
        Json.write(runDirectory.staging().resolve(RunHistory.SUMMARY), summary);
        RunDirectory.deleteTree(workDir);
        CrashPoints.reach("pipeline.staged");
        Json.write(
                runDirectory.staging().resolve(CommitIntent.FILE_NAME),
                new CommitIntent(
                        runId,
                        outputs.renames().stream()
                                .map(rename -> new CommitIntent.Rename(
                                        rename.getKey().toString(),
                                        rename.getValue().toAbsolutePath().toString()))
                                .toList()));
        CrashPoints.reach("pipeline.intent");
        outputs.commit();
        CrashPoints.reach("pipeline.outputs");
        Path published = runDirectory.publish(runId);
        CrashPoints.reach("pipeline.published");
        return new RunResult(summary, manifest, published);
    }

    private void recordFailure(RunState state, RunDirectory runDirectory, Path workDir, Throwable failure) {
        try {
            String message = Secrets.redact(String.valueOf(failure.getMessage()));
            state.audit.append("run_failed", state.runId, Map.of("error", message));
            RunSummary summary = state.summary(RunSummary.FAILED, null, null, List.of(), List.of(), message);
            Json.write(runDirectory.staging().resolve(RunHistory.SUMMARY), summary);
            RunDirectory.deleteTree(workDir);
            runDirectory.publish(runDirectory.failedName(clock.instant()));
        } catch (RuntimeException secondary) {
            failure.addSuppressed(secondary);
        }
    }

    private static DuckDb join(CompletableFuture<DuckDb> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) throw runtime;
            throw e;
        }
    }

    private static Path outputDir(AbacoConfig config, Workspace workspace) {
        PipelineConfig pipeline = config.pipeline();
        return pipeline == null
                        || pipeline.output() == null
                        || pipeline.output().dir() == null
                ? null
                : workspace.resolve(pipeline.output().dir());
    }

    static String artifactsDir(AbacoConfig config) {
        return config.run() == null || config.run().artifactsDir() == null
                ? "logs/runs"
                : config.run().artifactsDir();
    }

    private static String environment(RunRequest request) {
        return request.config().environment() == null
                ? "development"
                : request.config().environment();
    }

    /** What a run has learned so far; read when it fails as well as when it succeeds. */
    private final class RunState {
        final RunRequest request;
        final Instant startedAt;
        final List<RunSummary.PhaseSummary> phases = new ArrayList<>();
        final List<ComplianceRecord.AccessLogEntry> accessLog = new ArrayList<>();
        AuditTrail audit;
        IngestionResult ingestion;
        String runId;

        RunState(RunRequest request, Instant startedAt) {
            this.request = request;
            this.startedAt = startedAt;
        }

        void phase(String name, long rows, long millis) {
            phases.add(new RunSummary.PhaseSummary(name, rows, millis));
            request.progress().phaseFinished(name, rows, millis);
        }

        void access(String action, String path) {
            String user = request.environment().getOrDefault("USER", System.getProperty("user.name", "unknown"));
            accessLog.add(new ComplianceRecord.AccessLogEntry(clock.instant().toString(), user, action, path));
        }

        RunSummary summary(
                String status,
                RunSummary.InputSummary input,
                KpiResult kpis,
                List<Anomaly> anomalies,
                List<String> outputs,
                String error) {
            Instant completedAt = clock.instant();
            if (input == null && ingestion != null) {
                input = new RunSummary.InputSummary(
                        ingestion.header() == null ? null : ingestion.header().source(),
                        ingestion.inputSha256(),
                        ingestion.header() == null ? null : ingestion.header().format(),
                        ingestion.rowsRead(),
                        ingestion.accepted(),
                        ingestion.rejected(),
                        ingestion.duplicates(),
                        0);
            }
            return new RunSummary(
                    status,
                    runId,
                    environment(request),
                    startedAt.toString(),
                    completedAt.toString(),
                    Duration.between(startedAt, completedAt).toMillis(),
                    input,
                    phases,
                    kpis == null ? Map.of() : kpis.values(),
                    kpis == null ? List.of() : kpis.details(),
                    anomalies,
                    outputs,
                    error);
        }
    }
}
