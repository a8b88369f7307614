package io.abaco.pipeline.output;

import io.abaco.pipeline.calc.Grain;
import io.abaco.pipeline.calc.KpiResult;
import io.abaco.pipeline.calc.KpiValue;
import io.abaco.pipeline.calc.TimeSeriesPoint;
import io.abaco.pipeline.ingest.TapeColumns;
import io.abaco.pipeline.transform.OutlierRule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Produces the data outputs of DESIGN §7 in {@code pipeline.output.dir}, each format from one staged CSV through
 * DuckDB, each under a temporary name in {@link StagedFiles} until the run commits:
 * {@code loans.<fmt>} (accepted rows, extras with PII masked, and the {@code outlier} flag), {@code kpis.<fmt>},
 * {@code timeseries_<grain>.<fmt>}. Not thread-safe.
 */
public final class DataOutputs {
    public static final String OUTLIER_COLUMN = "outlier";
    private final Path outputDir;
    private final List<String> formats;
    private final DuckDb duckDb;
    private final Path workDir;
    private final StagedFiles files;
    private final Consumer<Path> onStaged;

    /**
     * @param workDir scratch directory for staged CSVs (deleted by the caller)
     * @param onStaged told about each final path once its temporary file is complete
     */
    public DataOutputs(
            Path outputDir,
            List<String> formats,
            DuckDb duckDb,
            Path workDir,
            StagedFiles files,
            Consumer<Path> onStaged) {
        this.outputDir = outputDir;
        this.formats = List.copyOf(formats);
        this.duckDb = duckDb;
        this.workDir = workDir;
        this.files = files;
        this.onStaged = onStaged;
    }

    /** The SELECT producing loan-level output rows (staged columns plus the outlier flag). */
    public static String loansSelect(LoanStage stage, OutlierRule rule) {
        return "SELECT *, "
                + rule.sqlExpression(DuckDb.identifier(TapeColumns.AMOUNTS.get(TapeColumns.TOTAL_RECEIVABLE)))
                + " AS " + OUTLIER_COLUMN + " FROM "
                + DuckDb.readStagedCsv(stage.csvFile(), loanTypes(stage.columnNames()));
    }

    /**
     * csv is finished in Java by appending the flag to the staged records and json by flipping the outliers' flags
     * in place (two threads), parquet by DuckDB from the staged CSV meanwhile on this thread. The JSON file must
     * already be staged in {@code files} (under {@code loans.json}): it is written while the rows stream.
     */
    public void writeLoans(LoanStage stage, OutlierRule rule) {
        ExecutorService pool = Executors.newFixedThreadPool(2, task -> {
            Thread thread = new Thread(task, "abaco-loans-output");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Map<Path, Future<LoanFinisher.Finished>> running = new LinkedHashMap<>();
            for (String format : formats) {
                Path target = outputDir.resolve("loans." + format);
                if (format.equals("json")) { // written while the rows streamed, under its staged name
                    running.put(target, pool.submit(() -> LoanFinisher.json(stage, rule)));
                    continue;
                }
                Path temp = files.stage(target);
                if (format.equals("csv")) {
                    running.put(target, pool.submit(() -> LoanFinisher.csv(stage, rule, temp)));
                } else {
                    duckDb.copy(loansSelect(stage, rule), temp, format);
                    files.rows(target, stage.rows());
                    onStaged.accept(target);
                }
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
        Path csv = workDir.resolve("kpis.csv");
        writeCsv(csv, "name,value,status,reason", out -> {
            for (KpiValue kpi : kpis.details()) {
                StringBuilder line = new StringBuilder();
                CsvText.appendText(line, kpi.name());
                line.append(',');
                CsvText.appendDouble(line, kpi.value());
                line.append(',').append(kpi.status().wireName()).append(',');
                CsvText.appendText(line, kpi.reason());
                out.append(line).append('\n');
            }
        });
        Map<String, String> types = new LinkedHashMap<>();
        types.put("name", "VARCHAR");
        types.put("value", "DOUBLE");
        types.put("status", "VARCHAR");
        types.put("reason", "VARCHAR");
        export(
                "kpis",
                "SELECT * FROM " + DuckDb.readStagedCsv(csv, types),
                kpis.details().size());
    }

    public void writeTimeSeries(Grain grain, List<TimeSeriesPoint> points) {
        Path csv = workDir.resolve("timeseries_" + grain.configName() + ".csv");
        writeCsv(csv, "period,rows,par_30,par_90,collection_rate,portfolio_health", out -> {
            for (TimeSeriesPoint point : points) {
                StringBuilder line = new StringBuilder();
                CsvText.appendText(line, point.period());
                line.append(',').append(point.rows());
                for (double value :
                        new double[] {point.par30(), point.par90(), point.collectionRate(), point.portfolioHealth()}) {
                    line.append(',');
                    CsvText.appendDouble(line, value);
                }
                out.append(line).append('\n');
            }
        });
        Map<String, String> types = new LinkedHashMap<>();
        types.put("period", "VARCHAR");
        types.put("rows", "BIGINT");
        for (String kpi : List.of("par_30", "par_90", "collection_rate", "portfolio_health")) types.put(kpi, "DOUBLE");
        export("timeseries_" + grain.configName(), "SELECT * FROM " + DuckDb.readStagedCsv(csv, types), points.size());
    }

    static Map<String, String> loanTypes(List<String> columns) {
        Map<String, String> types = new LinkedHashMap<>();
        for (String column : columns) types.put(column, TapeColumns.AMOUNTS.contains(column) ? "DOUBLE" : "VARCHAR");
        return types;
    }

    private void export(String baseName, String select, long rows) {
        for (String format : formats) {
            Path target = outputDir.resolve(baseName + "." + format);
            Path temp = files.stage(target);
            duckDb.copy(select, temp, format);
            files.rows(target, rows);
            onStaged.accept(target);
        }
    }

    private interface Lines {
        void write(Writer out) throws IOException;
    }

    private static void writeCsv(Path file, String header, Lines lines) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(header);
            out.write('\n');
            lines.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
