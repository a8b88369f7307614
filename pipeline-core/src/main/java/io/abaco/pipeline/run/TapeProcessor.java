package io.abaco.pipeline.run;

import io.abaco.config.model.PipelineConfig;
import io.abaco.error.InputDataException;
import io.abaco.pipeline.calc.Grain;
import io.abaco.pipeline.calc.KpiSums;
import io.abaco.pipeline.calc.TimeSeries;
import io.abaco.pipeline.ingest.TapeConsumer;
import io.abaco.pipeline.ingest.TapeHeader;
import io.abaco.pipeline.ingest.TapeRow;
import io.abaco.pipeline.output.DataOutputs;
import io.abaco.pipeline.output.LoanStage;
import io.abaco.pipeline.output.RowHandoff;
import io.abaco.pipeline.transform.NullHandling;
import io.abaco.pipeline.transform.PiiKey;
import io.abaco.pipeline.transform.PiiMasker;
import io.abaco.pipeline.transform.RowTransformer;
import java.nio.file.Path;
import java.util.List;

/**
 * The streaming middle of a run: each accepted row is transformed and summed for the KPIs and time series on the
 * ingestion thread, then staged for output on a thread of its own ({@link RowHandoff}), then forgotten. The split
 * balances a 1M-row run's two busiest threads: building and writing the output records is about as much work as
 * reading and checking the tape, and the transformation (PII masks) made the output thread the stream's bottleneck.
 * Phase durations are sampled (one row in {@value #SAMPLE}) to keep the clock out of the hot loop. Not thread-safe:
 * rows arrive on the ingestion thread.
 */
final class TapeProcessor implements TapeConsumer {
    private static final int SAMPLE = 16;
    private final PipelineConfig config;
    private final PiiKey piiKey;
    private final Path workDir;
    private final Path jsonFile;
    private final ProgressListener progress;
    private final KpiSums sums = new KpiSums();
    private final TimeSeries timeSeries;
    private RowTransformer transformer;
    private LoanStage stage;
    private RowHandoff staging;
    private TapeHeader header;
    private long accepted;
    private long transformNanos;
    private long calculateNanos;

    /** @param jsonFile the staged (temporary) name of loans.json, or null when JSON is not an output format */
    TapeProcessor(PipelineConfig config, PiiKey piiKey, Path workDir, Path jsonFile, ProgressListener progress) {
        this.config = config;
        this.piiKey = piiKey;
        this.workDir = workDir;
        this.jsonFile = jsonFile;
        this.progress = progress;
        this.timeSeries = new TimeSeries(grains(config));
    }

    static List<Grain> grains(PipelineConfig config) {
        return config.calculation().timeseries().stream()
                .map(Grain::fromConfigName)
                .toList();
    }

    @Override
    public void begin(TapeHeader header) {
        if (header.extraColumns().contains(DataOutputs.OUTLIER_COLUMN)) {
            throw new InputDataException(header.source() + ":1: column '" + DataOutputs.OUTLIER_COLUMN
                    + "' clashes with the flag abaco adds to the loans output; rename it in the tape");
        }
        this.header = header;
        var transformation = config.transformation();
        List<String> keywords = transformation.piiMasking() == null
                ? List.of()
                : transformation.piiMasking().keywords();
        transformer = new RowTransformer(
                NullHandling.fromConfig(transformation.nullHandling()),
                new PiiMasker(piiKey, keywords, header.extraColumns()));
        stage = new LoanStage(
                workDir,
                header.extraColumns(),
                jsonFile,
                config.output().formats().contains("parquet"));
        staging = new RowHandoff(stage, "abaco-pipeline-rows");
    }

    @Override
    public void accept(TapeRow row) {
        if (++accepted % 100_000 == 0) progress.rowsRead(accepted);
        // one copy of the per-row work, timed on sampled rows only: C2 compiles (and inlines) it once
        boolean sampled = accepted % SAMPLE == 0;
        long start = sampled ? System.nanoTime() : 0L;
        TapeRow transformed = transformer.transform(row);
        long transformedAt = sampled ? System.nanoTime() : 0L;
        if (sampled) transformNanos += (transformedAt - start) * SAMPLE;
        if (transformed == null) return;
        sums.add(transformed.amounts());
        timeSeries.add(transformed.date(), transformed.amounts());
        if (sampled) calculateNanos += (System.nanoTime() - transformedAt) * SAMPLE;
        staging.accept(transformed);
    }

    /**
     * Waits for the staging thread and closes the staged files (rethrowing a failure of that thread: the caller then
     * {@link #abort aborts}); makes sure a tape without a header call still has one.
     */
    void finish(TapeHeader fallback) {
        if (stage == null) begin(fallback);
        staging.finish();
        stage.close();
    }

    void abort() {
        if (staging != null) staging.abort();
        if (stage != null) stage.abort();
    }

    TapeHeader header() {
        return header;
    }

    KpiSums sums() {
        return sums;
    }

    TimeSeries timeSeries() {
        return timeSeries;
    }

    RowTransformer transformer() {
        return transformer;
    }

    LoanStage stage() {
        return stage;
    }

    long transformMillis() {
        return transformNanos / 1_000_000;
    }

    long calculateMillis() {
        return calculateNanos / 1_000_000;
    }
}
