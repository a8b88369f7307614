package io.abaco.validation.check;

import io.abaco.config.model.KpiThreshold;
import io.abaco.config.model.ThresholdsConfig;
import io.abaco.fs.FileTrees;
import io.abaco.pipeline.calc.KpiRecomputation;
import io.abaco.pipeline.output.OutputFile;
import io.abaco.validation.CheckResult;
import io.abaco.validation.Numbers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code performance}: times the KPI calculation (reading the rows and computing the four KPIs, as
 * {@code kpi_calculations} does) on {@code validation.sample_rows} rows — the first rows of the latest loans output,
 * or synthetic rows when there is none — after one untimed warm-up, and measures the bytes it allocates. Observed
 * {@code {latency_ms, memory_mb, rows, sample, memory_method}}; FAIL when either exceeds its threshold
 * ({@code latency_ms}, {@code memory_mb}).
 */
public final class PerformanceCheck implements ValidationCheck {
    public static final String NAME = "performance";
    private static final double BYTES_PER_MB = 1024.0 * 1024.0;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CheckResult run(ValidationContext context) {
        ThresholdsConfig thresholds = context.settings().validation().thresholds();
        int sampleRows = Math.max(1, context.settings().validation().sampleRows());
        Map<String, KpiThreshold> kpis =
                context.settings().pipeline().calculation().kpis();
        Map<String, Object> threshold = new LinkedHashMap<>();
        threshold.put("latency_ms", thresholds.latencyMs());
        threshold.put("memory_mb", thresholds.memoryMb());
        Path dir = null;
        try {
            dir = Files.createTempDirectory("abaco-performance-");
            Path sample = dir.resolve("sample.csv");
            String source;
            long rows;
            Optional<OutputFile> loans = context.run().flatMap(run -> LoansFiles.preferred(run.manifest()));
            Path loansFile = loans.map(file -> LoansFiles.resolve(context.workspace(), file))
                    .orElse(null);
            if (loansFile != null && Files.isRegularFile(loansFile)) {
                rows = PerformanceSample.fromOutput(loansFile, sampleRows, sample);
                source = loans.get().path();
            } else {
                rows = PerformanceSample.synthetic(sampleRows, sample);
                source = "synthetic";
            }
            KpiRecomputation.recompute(sample, kpis); // warm-up: class loading and JIT are not the calculation
            AllocationMeter meter = AllocationMeter.start();
            long start = System.nanoTime();
            KpiRecomputation.recompute(sample, kpis);
            double latencyMs = round3((System.nanoTime() - start) / 1_000_000.0);
            double memoryMb = round3(meter.bytesSinceStart() / BYTES_PER_MB);

            Map<String, Object> observed = new LinkedHashMap<>();
            observed.put("latency_ms", latencyMs);
            observed.put("memory_mb", memoryMb);
            observed.put("rows", rows);
            observed.put("sample", source);
            observed.put("memory_method", meter.method());
            List<String> over = new ArrayList<>();
            if (latencyMs > thresholds.latencyMs()) {
                over.add("latency " + Numbers.format(latencyMs) + " ms > latency_ms "
                        + Numbers.format(thresholds.latencyMs()));
            }
            if (memoryMb > thresholds.memoryMb()) {
                over.add("memory " + Numbers.format(memoryMb) + " MB > memory_mb "
                        + Numbers.format(thresholds.memoryMb()));
            }
            String measured = "KPI calculation on " + rows + " rows (" + source + ") took " + Numbers.format(latencyMs)
                    + " ms and allocated " + Numbers.format(memoryMb) + " MB";
            return over.isEmpty()
                    ? CheckResult.pass(NAME, observed, threshold, measured)
                    : CheckResult.fail(NAME, observed, threshold, String.join("; ", over) + " (" + measured + ")");
        } catch (IOException | UncheckedIOException | SQLException | io.abaco.error.InputDataException e) {
            return CheckResult.fail(
                    NAME,
                    null,
                    threshold,
                    "cannot measure the KPI calculation: " + RowCounter.firstLine(e.getMessage()));
        } finally {
            FileTrees.deleteQuietly(dir);
        }
    }

    private static double round3(double value) {
        return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).doubleValue();
    }
}
