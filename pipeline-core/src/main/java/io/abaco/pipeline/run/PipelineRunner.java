package io.abaco.pipeline.run;

import io.abaco.config.Secrets;
import io.abaco.config.Workspace;
import io.abaco.config.model.AbacoConfig;
import io.abaco.config.model.DatabaseConfig;
import io.abaco.config.model.PipelineConfig;
import io.abaco.fs.FileTrees;
import io.abaco.pipeline.audit.AuditTrail;
import io.abaco.pipeline.calc.Anomaly;
import io.abaco.pipeline.calc.Grain;
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
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        try (RunLock lock = RunLock.acquire(workspace, runsDir)) {
            CrashRecovery.recover(runsDir, outputDir(config, workspace));
            return runLocked(request, runsDir, startedAt);
        }
    }

    private RunResult runLocked(RunRequest request, Path runsDir, Instant startedAt) {
        RunDirectory runDirectory = RunDirectory.create(runsDir);
        Path staging = runDirectory.staging();
        Path workDir = staging.resolve(".work");
        StagedFiles outputs = new StagedFiles(runDirectory.token());
        RunState state = new RunState(request, startedAt, clock);
        CompletableFuture<DuckDb> duckDb = null;
        try (AuditTrail audit = AuditTrail.open(staging.resolve("audit.jsonl"), clock)) {
            state.audit = audit;
            try {
                Files.createDirectories(workDir);
                if (databaseEnabled(request.config())) { // the loan facts for PostgreSQL go through DuckDB
                    duckDb = DuckDb.openAsync(workDir, Runtime.getRuntime().availableProcessors(), "1GB");
                }
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
            FileTrees.deleteQuietly(workDir);
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
                AuditTrail.details(
                        "environment", environment(request), "config_sha256", String.valueOf(request.configSha256())));

        PiiKey piiKey = PiiKeys.resolve(workspace, request.environment());
        Path input = request.input();
        progress.phaseStarted("ingestion");
        long streamStart = System.nanoTime();
        Path outputDir = workspace.resolve(pipeline.output().dir());
        Path jsonFile = pipeline.output().formats().contains("json")
                ? outputs.stage(outputDir.resolve("loans.json")) // written as rows stream, completed in place
                : null;
        TapeProcessor processor = new TapeProcessor(pipeline, piiKey, workDir, jsonFile, request.progress());
        IngestionResult ingestion;
        try {
            ingestion = tapeSource.read(
                    new IngestionRequest(
                            pipeline.ingestion(), workspace, input, runDirectory.staging(), request.environment()),
                    processor);
            processor.finish(new TapeHeader(String.valueOf(input), "csv", false, List.of()));
        } catch (RuntimeException | Error failure) {
            processor.abort();
            throw failure;
        }
        long streamMillis = (System.nanoTime() - streamStart) / 1_000_000;
        state.ingestion = ingestion;
        String strategy =
                request.config().run() == null ? null : request.config().run().idStrategy();
        state.runId = RunIds.of(strategy, ingestion.inputSha256(), clock.instant());
        String runId = state.runId;
        long kept = processor.stage().rows();
        long dropped = processor.transformer().dropped();
        String inputPath = processor.header().source();
        state.access("read", inputPath);
        // rows stream through all phases at once: ingestion is the wall time of the stream; transformation and
        // calculation are their sampled share of it, on the ingestion thread
        state.phase("ingestion", ingestion.rowsRead(), streamMillis);
        state.audit.append(
                "input_read",
                runId,
                AuditTrail.details(
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
                AuditTrail.details(
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
        RunCalculation calculation = RunCalculation.of(
                pipeline.calculation(), processor, request.workspace().resolve(artifactsDir(request.config())), runId);
        KpiResult kpis = calculation.kpis();
        Map<Grain, List<TimeSeriesPoint>> series = calculation.series();
        List<Anomaly> anomalies = calculation.anomalies();
        state.phase(
                "calculation", kept, processor.calculateMillis() + (System.nanoTime() - calculationStart) / 1_000_000);
        state.audit.append(
                "kpis_calculated", runId, AuditTrail.details("kpis", kpis.values(), "anomalies", anomalies.size()));

        progress.phaseStarted("output");
        long outputStart = System.nanoTime();
        RunDirectory.sweepStale(outputDir, clock.instant().minus(RunDirectory.STALE));
        OutlierRule outlierRule = OutlierRule.from(
                processor.transformer().receivableStats(),
                pipeline.transformation().outliers() == null
                        ? Double.POSITIVE_INFINITY
                        : pipeline.transformation().outliers().threshold());
        DataOutputs data = new DataOutputs(
                outputDir,
                pipeline.output().formats(),
                outputs,
                target -> progress.fileStaged(workspace.display(target)));
        data.writeLoans(processor.stage(), outlierRule);
        data.writeKpis(kpis);
        series.forEach(data::writeTimeSeries);
        for (Path target : outputs.targets()) state.access("write", workspace.display(target));

        DatabaseConfig database = pipeline.output().database();
        if (database != null && database.enabled()) {
            Path facts = workDir.resolve("loan_facts.csv");
            join(duckDbFuture)
                    .copy(
                            PipelineDatabase.loanFactsSelect(
                                    runId, DataOutputs.loansSelect(processor.stage(), outlierRule)),
                            facts,
                            "csv");
            RunRow row = new RunRow(
                    runId,
                    RunSummary.SUCCESS,
                    environment(request),
                    state.startedAt,
                    clock.instant(),
                    ingestion.inputSha256(),
                    request.configSha256(),
                    kept);
            new PipelineDatabase(database).writeRun(row, kpis.details(), series, facts);
            state.audit.append(
                    "database_written", runId, AuditTrail.details("schema", String.valueOf(database.schema())));
        }
        List<String> maskedColumns = processor.transformer().masker().maskedColumns();
        Json.write(
                runDirectory.staging().resolve("compliance.json"),
                new ComplianceRecord(maskedColumns, piiKey.source(), state.accessLog));
        state.phase("output", kept, (System.nanoTime() - outputStart) / 1_000_000);
        state.audit.append(
                "run_completed",
                runId,
                AuditTrail.details("outputs", outputs.targets().size()));

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
        Map<Path, ManifestBuilder.Measured> known = new HashMap<>();
        if (ingestion.archivedInput() != null) {
            known.put(
                    ingestion.archivedInput().toAbsolutePath().normalize(),
                    new ManifestBuilder.Measured(ingestion.rowsRead(), ingestion.inputSha256()));
        }
        RunManifest manifest = ManifestBuilder.build(
                runId, runDirectory, outputs, workspace, ingestion.inputSha256(), request.configSha256(), known);
        Json.write(runDirectory.staging().resolve(RunHistory.MANIFEST), manifest);
        Json.write(runDirectory.staging().resolve(RunHistory.SUMMARY), summary);
        FileTrees.deleteQuietly(workDir);
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
            state.audit.append("run_failed", state.runId, AuditTrail.details("error", message));
            RunSummary summary = state.summary(RunSummary.FAILED, null, null, List.of(), List.of(), message);
            Json.write(runDirectory.staging().resolve(RunHistory.SUMMARY), summary);
            FileTrees.deleteQuietly(workDir);
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

    private static boolean databaseEnabled(AbacoConfig config) {
        PipelineConfig pipeline = config.pipeline();
        if (pipeline == null || pipeline.output() == null) return false;
        DatabaseConfig database = pipeline.output().database();
        return database != null && database.enabled();
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

    static String environment(RunRequest request) {
        return request.config().environment() == null
                ? "development"
                : request.config().environment();
    }
}
