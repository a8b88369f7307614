package io.abaco.pipeline.run;

import io.abaco.config.Workspace;
import io.abaco.config.model.AbacoConfig;
import io.abaco.config.model.AnomalyConfig;
import io.abaco.config.model.CalculationConfig;
import io.abaco.config.model.DatabaseConfig;
import io.abaco.config.model.DeduplicationConfig;
import io.abaco.config.model.IngestionConfig;
import io.abaco.config.model.KpiThreshold;
import io.abaco.config.model.OutlierConfig;
import io.abaco.config.model.OutputConfig;
import io.abaco.config.model.PiiMaskingConfig;
import io.abaco.config.model.PipelineConfig;
import io.abaco.config.model.RunConfig;
import io.abaco.config.model.TransformationConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Configuration and tapes for runner tests, built directly as records. */
final class RunFixtures {
    static final String TAPE_HEADER = "loan_id,measurement_date,total_receivable_usd,total_eligible_usd,"
            + "discounted_balance_usd,cash_available_usd,dpd_0_7_usd,dpd_7_30_usd,dpd_30_60_usd,dpd_60_90_usd,dpd_90_plus_usd,"
            + "borrower_name,Contact_Email,segment";

    private RunFixtures() {}

    static AbacoConfig config(List<String> formats, DatabaseConfig database, String nullHandling) {
        Map<String, KpiThreshold> kpis = new LinkedHashMap<>();
        kpis.put("par_30", new KpiThreshold(5, 8, false));
        kpis.put("par_90", new KpiThreshold(3, 5, false));
        kpis.put("collection_rate", new KpiThreshold(1.5, 1.0, true));
        kpis.put("portfolio_health", new KpiThreshold(5, 3, true));
        PipelineConfig pipeline = new PipelineConfig(
                new IngestionConfig(
                        "file", "data/raw/loan_tape.csv", true, new DeduplicationConfig(false, List.of()), null),
                new TransformationConfig(
                        nullHandling,
                        new OutlierConfig("zscore", 2.0),
                        new PiiMaskingConfig(List.of("name", "email", "phone"))),
                new CalculationConfig(kpis, List.of("daily", "weekly", "monthly"), new AnomalyConfig(20)),
                new OutputConfig("data/metrics/development", formats, database));
        return new AbacoConfig(
                2,
                "abaco-test",
                "development",
                new RunConfig("deterministic", "UTC", "logs/runs"),
                pipeline,
                null,
                null,
                null,
                null);
    }

    static AbacoConfig config() {
        return config(
                List.of("parquet", "csv", "json"), new DatabaseConfig(false, null, null, null, null), "fill_zero");
    }

    /** A tape of {@code rows} loans; {@code variant} changes the amounts (and so the sha256 and KPIs). */
    static Path writeTape(Workspace workspace, int rows, int variant) throws IOException {
        StringBuilder tape = new StringBuilder(TAPE_HEADER).append('\n');
        for (int index = 1; index <= rows; index++) {
            double receivable = 1000 + index * 10 + variant;
            tape.append("L")
                    .append(index)
                    .append(',')
                    .append("2026-01-")
                    .append(String.format("%02d", 1 + index % 28))
                    .append(',')
                    .append(receivable)
                    .append(',')
                    .append(receivable * 0.9)
                    .append(',')
                    .append(receivable * 0.8)
                    .append(',')
                    .append(index % 3 == 0 ? "" : String.valueOf(receivable * 0.05 * (1 + variant)))
                    .append(',')
                    .append(receivable * 0.01)
                    .append(',')
                    .append(0)
                    .append(',')
                    .append(index % 5 == 0 ? receivable * 0.1 : 0)
                    .append(',')
                    .append(index % 7 == 0 ? receivable * 0.05 : 0)
                    .append(',')
                    .append(index % 11 == 0 ? receivable * 0.02 : 0)
                    .append(',')
                    .append("Borrower ")
                    .append(index)
                    .append(',')
                    .append("b")
                    .append(index)
                    .append("@example.com")
                    .append(',')
                    .append(index % 2 == 0 ? "sme" : "retail")
                    .append('\n');
        }
        tape.append("L999,2026-02-02,1000000,900000,800000,0,0,0,0,0,0,Big Borrower,big@example.com,corporate\n");
        Path file = workspace.resolve("data/raw/loan_tape.csv");
        Files.createDirectories(file.getParent());
        Files.writeString(file, tape);
        return file;
    }
}
