package io.abaco.pipeline.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.abaco.config.Workspace;
import io.abaco.error.InputDataException;
import io.abaco.fs.AtomicFiles;
import io.abaco.fs.Hashing;
import io.abaco.pipeline.audit.AuditTrail;
import io.abaco.pipeline.calc.KpiRecomputation;
import io.abaco.pipeline.calc.KpiResult;
import io.abaco.pipeline.output.Json;
import io.abaco.pipeline.output.OutputFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineRunnerTest {
    @TempDir
    Path root;

    private final PipelineRunner runner = new PipelineRunner();

    private RunResult run(Workspace workspace, ProgressListener listener) {
        return runner.run(new RunRequest(
                RunFixtures.config(), "cfg-sha", workspace, null, Map.of("ABACO_PII_KEY", "test-key-1"), listener));
    }

    @Test
    void writesOutputsAndARunDirectoryWhoseRecordsMatchTheFiles() throws IOException {
        Workspace workspace = new Workspace(root);
        Path tape = RunFixtures.writeTape(workspace, 60, 0);
        String tapeSha = Hashing.sha256Hex(tape);

        RunResult result = run(workspace, ProgressListener.NONE);

        RunSummary summary = result.summary();
        assertThat(summary.status()).isEqualTo("success");
        assertThat(summary.runId()).isEqualTo("run_" + tapeSha.substring(0, 12));
        assertThat(result.runDirectory()).isEqualTo(workspace.runsDir().resolve(summary.runId()));
        assertThat(summary.input().rowsRead()).isEqualTo(61);
        assertThat(summary.phases())
                .extracting(RunSummary.PhaseSummary::name)
                .containsExactly("ingestion", "transformation", "calculation", "output");
        assertThat(summary.kpis()).containsOnlyKeys("par_30", "par_90", "collection_rate", "portfolio_health");

        // the summary file is the returned record
        assertThat(Json.read(result.runDirectory().resolve("summary.json"), RunSummary.class))
                .isEqualTo(summary);

        // KPIs recomputed from each written loans file equal the recorded ones
        Path outputs = workspace.resolve("data/metrics/development");
        for (String format : List.of("csv", "parquet", "json")) {
            KpiResult recomputed = KpiRecomputation.recompute(
                    outputs.resolve("loans." + format),
                    RunFixtures.config().pipeline().calculation().kpis());
            assertThat(recomputed.values()).as(format).isEqualTo(summary.kpis());
        }
        assertThat(summary.outputs()).hasSize(3 * 5); // loans, kpis, 3 time series, in 3 formats

        // every manifest entry matches the file on disk
        RunManifest manifest = Json.read(result.runDirectory().resolve("manifest.json"), RunManifest.class);
        assertThat(manifest).isEqualTo(result.manifest());
        assertThat(manifest.inputSha256()).isEqualTo(tapeSha);
        assertThat(manifest.configSha256()).isEqualTo("cfg-sha");
        assertThat(manifest.toolVersion()).isNotBlank();
        for (OutputFile file : manifest.files()) {
            Path path = workspace.resolve(file.path());
            assertThat(path).as(file.path()).exists();
            assertThat(Hashing.sha256Hex(path)).as(file.path()).isEqualTo(file.sha256());
            assertThat(Files.size(path)).isEqualTo(file.bytes());
        }
        assertThat(manifest.files())
                .extracting(OutputFile::path)
                .contains("data/metrics/development/loans.csv", "logs/runs/" + summary.runId() + "/audit.jsonl")
                .containsAll(summary.outputs());
        OutputFile loansCsv = find(manifest, "data/metrics/development/loans.csv");
        assertThat(loansCsv.rows()).isEqualTo(61);
        assertThat(Files.readAllLines(workspace.resolve(loansCsv.path()))).hasSize(62);
        assertThat(find(manifest, "data/metrics/development/kpis.json").rows()).isEqualTo(4);

        assertThat(AuditTrail.verify(result.runDirectory().resolve("audit.jsonl"))
                        .ok())
                .isTrue();
        assertThat(leftoverTemporaryFiles()).isEmpty();
    }

    @Test
    void masksPiiColumnsAndFlagsOutliersWithoutRemovingThem() throws IOException {
        Workspace workspace = new Workspace(root);
        RunFixtures.writeTape(workspace, 60, 0);

        RunResult result = run(workspace, ProgressListener.NONE);

        String loans = Files.readString(workspace.resolve("data/metrics/development/loans.csv"));
        assertThat(loans).doesNotContain("Borrower 7", "b7@example.com").contains("pii_", "retail");
        List<String> lines = Files.readAllLines(workspace.resolve("data/metrics/development/loans.csv"));
        assertThat(lines.get(0)).endsWith(",outlier");
        assertThat(lines)
                .filteredOn(line -> line.endsWith(",true"))
                .hasSize(1)
                .allMatch(line -> line.startsWith("L999,"));

        List<JsonNode> json = new java.util.ArrayList<>();
        for (String line : Files.readAllLines(workspace.resolve("data/metrics/development/loans.json"))) {
            json.add(Json.MAPPER.readTree(line));
        }
        assertThat(json)
                .hasSize(61)
                .allSatisfy(row -> assertThat(row.get("outlier").isBoolean()).isTrue());
        assertThat(json)
                .filteredOn(row -> row.get("outlier").asBoolean())
                .extracting(row -> row.get("loan_id").asText())
                .containsExactly("L999");
        assertThat(json.get(6).get("borrower_name").asText()).startsWith("pii_");
        JsonNode compliance = Json.MAPPER.readTree(
                result.runDirectory().resolve("compliance.json").toFile());
        assertThat(compliance.get("masked_columns").toString()).isEqualTo("[\"borrower_name\",\"contact_email\"]");
        assertThat(compliance.get("pii_key_source").asText()).isEqualTo("env");
        assertThat(compliance.get("access_log").get(0).get("action").asText()).isEqualTo("read");
        assertThat(Files.readString(result.runDirectory().resolve("compliance.json")))
                .doesNotContain("test-key-1");
    }

    @Test
    void rerunningTheSameInputReplacesTheRunInsteadOfDuplicatingIt() throws IOException {
        Workspace workspace = new Workspace(root);
        RunFixtures.writeTape(workspace, 30, 0);

        RunResult first = run(workspace, ProgressListener.NONE);
        Files.writeString(first.runDirectory().resolve("marker"), "from the first run");
        RunResult second = run(workspace, ProgressListener.NONE);

        assertThat(second.summary().runId()).isEqualTo(first.summary().runId());
        try (Stream<Path> runs = Files.list(workspace.runsDir())) {
            assertThat(runs.map(path -> path.getFileName().toString()))
                    .containsExactly(first.summary().runId());
        }
        assertThat(second.runDirectory().resolve("marker")).doesNotExist();
        assertThat(second.summary().kpis()).isEqualTo(first.summary().kpis());
        assertThat(second.summary().anomalies()).isEmpty();
    }

    @Test
    void aFailureMidOutputLeavesThePreviousRunAndOutputsIntact() throws IOException {
        Workspace workspace = new Workspace(root);
        RunFixtures.writeTape(workspace, 30, 0);
        RunResult good = run(workspace, ProgressListener.NONE);
        Map<String, String> before = snapshot(workspace.resolve("data/metrics/development"));
        Path tape = RunFixtures.writeTape(workspace, 40, 1);
        String tapeBefore = Files.readString(tape);

        ProgressListener failing = new ProgressListener() {
            int staged;

            @Override
            public void fileStaged(String finalPath) {
                if (++staged == 4) throw new IllegalStateException("disk full (injected)");
            }
        };
        assertThatThrownBy(() -> run(workspace, failing)).hasMessage("disk full (injected)");

        assertThat(snapshot(workspace.resolve("data/metrics/development"))).isEqualTo(before);
        assertThat(Files.readString(tape)).isEqualTo(tapeBefore);
        assertThat(Json.read(good.runDirectory().resolve("summary.json"), RunSummary.class))
                .isEqualTo(good.summary());
        Path failed = onlyFailedRun(workspace);
        RunSummary failure = Json.read(failed.resolve("summary.json"), RunSummary.class);
        assertThat(failure.status()).isEqualTo("failed");
        assertThat(failure.error()).isEqualTo("disk full (injected)");
        assertThat(failure.runId())
                .startsWith("run_")
                .isNotEqualTo(good.summary().runId());
        assertThat(AuditTrail.verify(failed.resolve("audit.jsonl")).ok()).isTrue();
        assertThat(leftoverTemporaryFiles()).isEmpty();
        assertThat(RunHistory.latest(workspace))
                .get()
                .extracting(RunRecord::summary)
                .isEqualTo(good.summary());
    }

    @Test
    void badInputFailsTheRunWithoutWritingOutputs() throws IOException {
        Workspace workspace = new Workspace(root);
        Path tape = RunFixtures.writeTape(workspace, 5, 0);
        Files.writeString(tape, Files.readString(tape).replace("1020.0,", "12x,"));
        String tapeBefore = Files.readString(tape);

        assertThatThrownBy(() -> run(workspace, ProgressListener.NONE))
                .isInstanceOf(InputDataException.class)
                .hasMessage("data/raw/loan_tape.csv:3:3: total_receivable_usd: not a number: \"12x\"");

        assertThat(filesIn(workspace.resolve("data/metrics/development"))).isEmpty();
        assertThat(Files.readString(tape)).isEqualTo(tapeBefore);
        RunSummary failure = Json.read(onlyFailedRun(workspace).resolve("summary.json"), RunSummary.class);
        assertThat(failure.status()).isEqualTo("failed");
        assertThat(failure.runId()).isNull();
        assertThat(failure.error())
                .isEqualTo("data/raw/loan_tape.csv:3:3: total_receivable_usd: not a number: \"12x\"");
        assertThat(leftoverTemporaryFiles()).isEmpty();
    }

    @Test
    void anExtraColumnNamedOutlierIsRefusedBeforeAnythingIsWritten() throws IOException {
        Workspace workspace = new Workspace(root);
        Path tape = RunFixtures.writeTape(workspace, 3, 0);
        Files.writeString(tape, Files.readString(tape).replace(",segment\n", ",outlier\n"));

        assertThatThrownBy(() -> run(workspace, ProgressListener.NONE))
                .isInstanceOf(InputDataException.class)
                .hasMessage("data/raw/loan_tape.csv:1: column 'outlier' clashes with the flag abaco adds to the loans"
                        + " output; rename it in the tape");
        assertThat(filesIn(workspace.resolve("data/metrics/development"))).isEmpty();
    }

    @Test
    void timestampRunIdsKeepEveryRun() throws IOException {
        Workspace workspace = new Workspace(root);
        RunFixtures.writeTape(workspace, 5, 0);
        var base = RunFixtures.config(
                List.of("csv"), new io.abaco.config.model.DatabaseConfig(false, null, null, null, null), "fill_zero");
        var config = new io.abaco.config.model.AbacoConfig(
                base.version(),
                base.name(),
                base.environment(),
                new io.abaco.config.model.RunConfig("timestamp", "UTC", "logs/runs"),
                base.pipeline(),
                null,
                null,
                null,
                null);

        RunResult first = runner.run(new RunRequest(config, "c", workspace, null, Map.of(), ProgressListener.NONE));
        RunResult second = runner.run(new RunRequest(config, "c", workspace, null, Map.of(), ProgressListener.NONE));

        assertThat(first.summary().runId()).matches("run_\\d{8}T\\d{6}Z_[0-9a-f]{6}");
        assertThat(second.summary().runId()).isNotEqualTo(first.summary().runId());
        assertThat(first.runDirectory()).exists();
        assertThat(second.runDirectory()).exists();
    }

    @Test
    void flagsKpisThatMovedAgainstThePreviousSuccessfulRun() throws IOException {
        Workspace workspace = new Workspace(root);
        RunFixtures.writeTape(workspace, 60, 0);
        RunResult first = run(workspace, ProgressListener.NONE);
        RunFixtures.writeTape(workspace, 60, 3); // collection rate moves from ~3.4% to ~13%

        RunResult second = run(workspace, ProgressListener.NONE);

        assertThat(second.summary().anomalies()).isNotEmpty().allSatisfy(anomaly -> {
            assertThat(anomaly.previousRunId()).isEqualTo(first.summary().runId());
            assertThat(anomaly.changePct()).isGreaterThan(20);
        });
        assertThat(second.summary().anomalies()).extracting(a -> a.kpi()).contains("collection_rate");
        assertThat(RunHistory.latest(workspace))
                .get()
                .extracting(r -> r.summary().runId())
                .isEqualTo(second.summary().runId());
    }

    @Test
    void dropRowsDropsAndCountsRowsWithMissingAmounts() throws IOException {
        Workspace workspace = new Workspace(root);
        RunFixtures.writeTape(workspace, 30, 0); // every third row has no cash_available_usd
        var config = RunFixtures.config(
                List.of("csv"), new io.abaco.config.model.DatabaseConfig(false, null, null, null, null), "drop_rows");

        RunResult result = runner.run(new RunRequest(config, "c", workspace, null, Map.of(), ProgressListener.NONE));

        assertThat(result.summary().input().dropped()).isEqualTo(10);
        assertThat(result.summary().input().accepted()).isEqualTo(31);
        assertThat(Files.readAllLines(workspace.resolve("data/metrics/development/loans.csv")))
                .hasSize(1 + 21);
        assertThat(result.summary().outputs()).allMatch(path -> path.endsWith(".csv"));
        JsonNode compliance = Json.MAPPER.readTree(
                result.runDirectory().resolve("compliance.json").toFile());
        assertThat(compliance.get("pii_key_source").asText()).isEqualTo("workspace_file");
    }

    @Test
    void dropRowsKeepsRowsOfATapeThatLacksAnOptionalColumn() throws IOException {
        // DESIGN §5: an optional column the tape does not have is 0, not a null to drop the row for
        Workspace workspace = new Workspace(root);
        Path tape = RunFixtures.writeTape(workspace, 3, 0);
        Files.writeString(
                tape,
                String.join(
                                "\n",
                                "loan_id,measurement_date,total_receivable_usd,total_eligible_usd,discounted_balance_usd,dpd_90_plus_usd",
                                "L1,2026-01-31,1000,900,800,10",
                                "L2,2026-01-31,2000,1800,1600,",
                                "L3,2026-01-31,3000,2700,2400,30")
                        + "\n");
        var config = RunFixtures.config(
                List.of("csv"), new io.abaco.config.model.DatabaseConfig(false, null, null, null, null), "drop_rows");

        RunResult result = runner.run(new RunRequest(config, "c", workspace, null, Map.of(), ProgressListener.NONE));

        assertThat(result.summary().input().dropped())
                .as("only L2, whose dpd_90_plus_usd is empty")
                .isEqualTo(1);
        assertThat(result.summary().input().accepted()).isEqualTo(3);
        assertThat(result.summary().kpis().get("par_90")).isEqualTo(1.0); // 40 / 4000
    }

    @Test
    void lenientRunsKeepRejectsAndTheArchivedInputInTheRunDirectory() throws IOException {
        Workspace workspace = new Workspace(root);
        Path tape = RunFixtures.writeTape(workspace, 20, 0);
        Files.writeString(tape, Files.readString(tape).replace("1020.0,", "-5,"));
        var strict = RunFixtures.config();
        var ingestion = strict.pipeline().ingestion();
        var config = new io.abaco.config.model.AbacoConfig(
                strict.version(),
                strict.name(),
                strict.environment(),
                strict.run(),
                new io.abaco.config.model.PipelineConfig(
                        new io.abaco.config.model.IngestionConfig(
                                ingestion.source(), ingestion.path(), false, ingestion.deduplication(), null),
                        strict.pipeline().transformation(),
                        strict.pipeline().calculation(),
                        strict.pipeline().output()),
                null,
                null,
                null,
                null);

        RunResult result = runner.run(new RunRequest(config, "c", workspace, null, Map.of(), ProgressListener.NONE));

        assertThat(result.summary().input().rejected()).isEqualTo(1);
        assertThat(result.summary().input().accepted()).isEqualTo(20);
        String runDir = "logs/runs/" + result.summary().runId() + "/";
        assertThat(find(result.manifest(), runDir + "rejects.csv").rows()).isEqualTo(1);
        assertThat(find(result.manifest(), runDir + "input.csv").sha256())
                .isEqualTo(result.manifest().inputSha256());
        assertThat(Files.readString(result.runDirectory().resolve("rejects.csv")))
                .contains("negative");
    }

    @Test
    void stagingLeftByACrashedRunIsSweptOnceStale() throws IOException {
        Workspace workspace = new Workspace(root);
        RunFixtures.writeTape(workspace, 5, 0);
        Path staleRun = Files.createDirectories(workspace.runsDir().resolve(AtomicFiles.TEMP_PREFIX + "old-run"));
        Files.writeString(staleRun.resolve("audit.jsonl"), "partial");
        Path staleOutput = workspace.resolve("data/metrics/development/" + AtomicFiles.TEMP_PREFIX + "x-loans.csv");
        Files.createDirectories(staleOutput.getParent());
        Files.writeString(staleOutput, "partial");
        Path recent = workspace.resolve("data/metrics/development/" + AtomicFiles.TEMP_PREFIX + "y-loans.csv");
        Files.writeString(recent, "another run's, in flight");
        java.nio.file.attribute.FileTime old =
                java.nio.file.attribute.FileTime.from(java.time.Instant.now().minus(java.time.Duration.ofHours(25)));
        Files.setLastModifiedTime(staleRun, old);
        Files.setLastModifiedTime(staleOutput, old);

        run(workspace, ProgressListener.NONE);

        assertThat(staleRun).doesNotExist();
        assertThat(staleOutput).doesNotExist();
        assertThat(recent).exists();
    }

    private static List<Path> filesIn(Path dir) throws IOException {
        if (!Files.exists(dir)) return List.of();
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }

    private static OutputFile find(RunManifest manifest, String path) {
        return manifest.files().stream()
                .filter(file -> file.path().equals(path))
                .findFirst()
                .orElseThrow();
    }

    private Path onlyFailedRun(Workspace workspace) throws IOException {
        try (Stream<Path> runs = Files.list(workspace.runsDir())) {
            List<Path> failed = runs.filter(
                            path -> path.getFileName().toString().startsWith("failed-"))
                    .toList();
            assertThat(failed).hasSize(1);
            return failed.get(0);
        }
    }

    private List<Path> leftoverTemporaryFiles() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(path -> path.getFileName().toString().startsWith(AtomicFiles.TEMP_PREFIX)
                            || path.getFileName().toString().equals(".work"))
                    .toList();
        }
    }

    private static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.forEach(file -> hashes.put(file.getFileName().toString(), Hashing.sha256Hex(file)));
        }
        return hashes;
    }
}
