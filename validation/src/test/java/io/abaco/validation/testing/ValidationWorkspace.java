package io.abaco.validation.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.abaco.config.ConfigLoader;
import io.abaco.config.LoadedConfig;
import io.abaco.config.Workspace;
import io.abaco.pipeline.run.PipelineRunner;
import io.abaco.pipeline.run.ProgressListener;
import io.abaco.pipeline.run.RunRequest;
import io.abaco.pipeline.run.RunResult;
import io.abaco.pipeline.run.TapeSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/**
 * A real workspace for validation tests: {@code config/pipeline.yml} ({@code version: 2} plus the YAML a test
 * gives), an empty development override, a generated tape, and real pipeline runs on a clock the test moves.
 */
public final class ValidationWorkspace {
    public static final String HEADER = "loan_id,measurement_date,total_receivable_usd,total_eligible_usd,"
            + "discounted_balance_usd,cash_available_usd,dpd_0_7_usd,dpd_7_30_usd,dpd_30_60_usd,dpd_60_90_usd,"
            + "dpd_90_plus_usd,borrower_name,segment";
    public static final Map<String, String> ENV = Map.of("ABACO_PII_KEY", "validation-test-key", "USER", "tester");
    /** A generous performance budget: tests never depend on how fast this machine is, unless they say so. */
    public static final String RELAXED_THRESHOLDS =
            """
            validation:
              sample_rows: 200
              thresholds: {latency_ms: 600000.0, memory_mb: 100000.0, error_rate_pct: 0.1, kpi_drift_pct: 5.0}
            """;

    private final Workspace workspace;
    public final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T06:00:00Z"));

    private ValidationWorkspace(Path root) {
        this.workspace = new Workspace(root);
    }

    /** A workspace whose master configuration is {@code version: 2} plus {@code yaml}. */
    public static ValidationWorkspace create(Path root, String yaml) {
        ValidationWorkspace created = new ValidationWorkspace(root);
        try {
            Files.createDirectories(created.workspace.configDir().resolve("environments"));
            Files.writeString(created.workspace.masterConfig(), "version: 2\n" + yaml);
            Files.writeString(created.workspace.environmentConfig("development"), "name: abaco-validation-test\n");
            created.writeTape("data/raw/loan_tape.csv", 40, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return created;
    }

    public Workspace workspace() {
        return workspace;
    }

    public Path root() {
        return workspace.root();
    }

    public LoadedConfig config() {
        return ConfigLoader.load(workspace, "development", ENV);
    }

    /** Rewrites the master configuration ({@code version: 2} is prepended). */
    public void reconfigure(String yaml) throws IOException {
        Files.writeString(workspace.masterConfig(), "version: 2\n" + yaml);
    }

    /** A tape of {@code rows} distinct loans; {@code variant} shifts the amounts (a new input, a new run id). */
    public Path writeTape(String relativePath, int rows, int variant) throws IOException {
        StringBuilder tape = new StringBuilder(HEADER).append('\n');
        for (int index = 1; index <= rows; index++)
            tape.append(row(index, variant)).append('\n');
        Path file = workspace.resolve(relativePath);
        Files.createDirectories(file.getParent());
        Files.writeString(file, tape);
        return file;
    }

    public static String row(int index, int variant) {
        double receivable = 1000 + index * 10 + variant;
        return "L" + index + ",2026-01-" + String.format("%02d", 1 + index % 28) + "," + receivable + ","
                + receivable * 0.9 + "," + receivable * 0.8 + "," + receivable * 0.05 + "," + receivable * 0.01 + ",0,"
                + (index % 5 == 0 ? receivable * 0.1 : 0) + "," + (index % 7 == 0 ? receivable * 0.05 : 0) + ","
                + (index % 11 == 0 ? receivable * 0.02 : 0) + ",Borrower " + index + ","
                + (index % 2 == 0 ? "sme" : "retail");
    }

    /** Runs the real V2 pipeline on the configured tape, one minute after the clock's current time. */
    public RunResult run() {
        return run(null);
    }

    public RunResult run(Path input) {
        clock.advance(java.time.Duration.ofMinutes(1));
        return new PipelineRunner(clock, TapeSource.INGESTION)
                .run(RunRequest.of(config(), workspace, input, ENV, ProgressListener.NONE));
    }

    /** Runs one check as {@code abaco validate} would, ten minutes after the clock's current time. */
    public io.abaco.validation.CheckResult check(io.abaco.validation.check.ValidationCheck check) {
        clock.advance(java.time.Duration.ofMinutes(10));
        io.abaco.validation.report.ValidationReport report = new io.abaco.validation.Validator(
                        java.util.List.of(check), slack -> payload -> {
                            throw new AssertionError("no alert expected");
                        })
                .assess(workspace, config(), ENV, clock);
        return report.checks().stream()
                .filter(result -> result.name().equals(check.name()))
                .findFirst()
                .orElseThrow();
    }

    /** Reads a JSON file, lets {@code edit} change it, writes it back. */
    public static void editJson(Path file, java.util.function.Consumer<ObjectNode> edit) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode tree = mapper.readTree(file.toFile());
        edit.accept((ObjectNode) tree);
        mapper.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), tree);
    }
}
