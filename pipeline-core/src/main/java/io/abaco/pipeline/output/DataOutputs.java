package io.abaco.pipeline.output;

import io.abaco.pipeline.calc.Grain;
import io.abaco.pipeline.calc.KpiResult;
import io.abaco.pipeline.calc.KpiValue;
import io.abaco.pipeline.calc.TimeSeriesPoint;
import io.abaco.pipeline.ingest.TapeColumns;
import io.abaco.pipeline.output.parquet.ParquetColumn;
import io.abaco.pipeline.transform.OutlierRule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Produces the data outputs of DESIGN §7 in {@code pipeline.output.dir}, all written in Java (no DuckDB: its start
 * and its CSV round trip cost more than the writing), each under a temporary name in {@link StagedFiles} until the
 * run commits:
 * {@code loans.<fmt>} (accepted rows, extras with PII masked, and the {@code outlier} flag), {@code kpis.<fmt>},
 * {@code timeseries_<grain>.<fmt>}. Not thread-safe.
 */
public final class DataOutputs {
    public static final String OUTLIER_COLUMN = "outlier";
    private final Path outputDir;
    private final List<String> formats;
    private final StagedFiles files;
    private final Consumer<Path> onStaged;

    /**
     * @param onStaged told about each final path once its temporary file is complete
     */
    public DataOutputs(Path outputDir, List<String> formats, StagedFiles files, Consumer<Path> onStaged) {
        this.outputDir = outputDir;
        this.formats = List.copyOf(formats);
        this.files = files;
        this.onStaged = onStaged;
    }

    /** The DuckDB SELECT producing loan-level rows from the staged CSV (staged columns plus the outlier flag). */
    public static String loansSelect(LoanStage stage, OutlierRule rule) {
        return "SELECT *, "
                + rule.sqlExpression(DuckDb.identifier(TapeColumns.AMOUNTS.get(TapeColumns.TOTAL_RECEIVABLE)))
                + " AS " + OUTLIER_COLUMN + " FROM "
                + DuckDb.readStagedCsv(stage.csvFile(), loanTypes(stage.columnNames()));
    }

    /**
     * Every format is finished in Java, in parallel: csv by appending the flag to the staged records, json by
     * flipping the outliers' flags in place, parquet by copying the staged row groups and adding the flags' column.
     * The JSON file must already be staged in {@code files} (under {@code loans.json}): it is written while the rows
     * stream.
     */
    public void writeLoans(LoanStage stage, OutlierRule rule) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, formats.size()), task -> {
            Thread thread = new Thread(task, "abaco-loans-output");
            thread.setDaemon(true);
            return thread;
        });
        try {
            OutlierFlags flags = OutlierFlags.of(stage, rule);
            Map<Path, Future<LoanFinisher.Finished>> running = new LinkedHashMap<>();
            for (String format : formats) {
                Path target = outputDir.resolve("loans." + format);
                if (format.equals("json")) { // written while the rows streamed, under its staged name
                    running.put(target, pool.submit(() -> LoanFinisher.json(stage, flags)));
                    continue;
                }
                Path temp = files.stage(target);
                running.put(
                        target,
                        pool.submit(() -> format.equals("csv")
                                ? LoanFinisher.csv(stage, flags, temp)
                                : LoanFinisher.parquet(stage, flags, temp)));
            }
            for (Map.Entry<Path, Future<LoanFinisher.Finished>> entry : running.entrySet()) {
                LoanFinisher.Finished finished = await(entry.getValue());
                files.measured(entry.getKey(), stage.rows(), finished.bytes(), finished.sha256());
                onStaged.accept(entry.getKey());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing outputs", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) throw runtime;
            throw new IllegalStateException(e.getCause());
        }
    }

    public void writeKpis(KpiResult kpis) {
        SmallTable table = new SmallTable(List.of(
                new ParquetColumn("name", ParquetColumn.Type.STRING),
                new ParquetColumn("value", ParquetColumn.Type.DOUBLE),
                new ParquetColumn("status", ParquetColumn.Type.STRING),
                new ParquetColumn("reason", ParquetColumn.Type.STRING)));
        for (KpiValue kpi : kpis.details()) {
            table.row(kpi.name(), kpi.value(), kpi.status().wireName(), kpi.reason());
        }
        export("kpis", table);
    }

    public void writeTimeSeries(Grain grain, List<TimeSeriesPoint> points) {
        List<ParquetColumn> columns = new ArrayList<>();
        columns.add(new ParquetColumn("period", ParquetColumn.Type.STRING));
        columns.add(new ParquetColumn("rows", ParquetColumn.Type.INT64));
        for (String kpi : List.of("par_30", "par_90", "collection_rate", "portfolio_health")) {
            columns.add(new ParquetColumn(kpi, ParquetColumn.Type.DOUBLE));
        }
        SmallTable table = new SmallTable(columns);
        for (TimeSeriesPoint point : points) {
            table.row(
                    point.period(),
                    point.rows(),
                    point.par30(),
                    point.par90(),
                    point.collectionRate(),
                    point.portfolioHealth());
        }
        export("timeseries_" + grain.configName(), table);
    }

    static Map<String, String> loanTypes(List<String> columns) {
        Map<String, String> types = new LinkedHashMap<>();
        for (String column : columns) types.put(column, TapeColumns.AMOUNTS.contains(column) ? "DOUBLE" : "VARCHAR");
        return types;
    }

    private void export(String baseName, SmallTable table) {
        for (String format : formats) {
            Path target = outputDir.resolve(baseName + "." + format);
            table.write(files.stage(target), format);
            files.rows(target, table.size());
            onStaged.accept(target);
        }
    }
}
