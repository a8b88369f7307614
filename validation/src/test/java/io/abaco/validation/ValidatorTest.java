package io.abaco.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.abaco.pipeline.run.RunResult;
import io.abaco.validation.report.ValidationHistory;
import io.abaco.validation.report.ValidationReport;
import io.abaco.validation.testing.ValidationWorkspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidatorTest {
    @TempDir
    Path root;

    private ValidationReport validate(ValidationWorkspace ws) {
        ws.clock.advance(Duration.ofMinutes(10));
        return new Validator().validate(ws.workspace(), ws.config(), ValidationWorkspace.ENV, ws.clock);
    }

    private static Map<String, CheckStatus> statuses(ValidationReport report) {
        Map<String, CheckStatus> statuses = new java.util.LinkedHashMap<>();
        report.checks().forEach(check -> statuses.put(check.name(), check.status()));
        return statuses;
    }

    @Test
    void aHealthyWorkspacePassesEveryCheckAndTheReportIsWrittenWithItsHistoryCopy() throws Exception {
        ValidationWorkspace ws = ValidationWorkspace.create(root, ValidationWorkspace.RELAXED_THRESHOLDS);
        RunResult run = ws.run();

        ValidationReport report = validate(ws);

        assertThat(statuses(report))
                .as(String.join("\n", report.issues()))
                .containsEntry("kpi_calculations", CheckStatus.PASS)
                .containsEntry("data_integrity", CheckStatus.PASS)
                .containsEntry("performance", CheckStatus.PASS)
                .containsEntry("error_handling", CheckStatus.PASS)
                .containsEntry("audit_trail", CheckStatus.PASS)
                .containsEntry("error_rate", CheckStatus.PASS)
                .containsEntry("kpi_drift_baseline", CheckStatus.SKIPPED)
                .containsEntry("kpi_drift_previous_report", CheckStatus.SKIPPED);
        assertThat(report.status()).as(report.issues().toString()).isEqualTo(ReportStatus.PASS);
        assertThat(report.kpis()).isEqualTo(run.summary().kpis());
        assertThat(report.environment()).isEqualTo("development");

        Path written = ws.workspace().validationReport();
        ValidationReport readBack = ValidationHistory.read(written);
        assertThat(readBack.timestamp()).isEqualTo(report.timestamp());
        assertThat(readBack.status()).isEqualTo(ReportStatus.PASS);
        assertThat(readBack.checks())
                .extracting(CheckResult::name, CheckResult::status, CheckResult::message)
                .isEqualTo(report.checks().stream()
                        .map(c -> org.assertj.core.groups.Tuple.tuple(c.name(), c.status(), c.message()))
                        .toList());
        assertThat(new ValidationHistory(ws.workspace().validationHistoryDir()).files())
                .hasSize(1);
        String json = Files.readString(written);
        assertThat(json).contains("\"latency_ms\"").doesNotContain("validation-test-key");
    }

    private static CheckResult check(ValidationReport report, String name) {
        return report.checks().stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static void writeBaseline(ValidationWorkspace ws, String cutoverId, Map<String, Double> kpis)
            throws Exception {
        Path file = ws.workspace().cutoverDir(cutoverId).resolve("v1-baseline.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(kpis));
    }

    @Test
    void driftAgainstTheLatestCutoversBaselineFailsAboveTheThresholdNamingTheKpi() throws Exception {
        ValidationWorkspace ws = ValidationWorkspace.create(root, ValidationWorkspace.RELAXED_THRESHOLDS);
        Map<String, Double> kpis = ws.run().summary().kpis();
        Map<String, Double> older = new java.util.TreeMap<>(kpis);
        older.replaceAll((kpi, value) -> value * 3);
        writeBaseline(ws, "c-20261121T230000Z", older);
        writeBaseline(ws, "c-20261122T050000Z", kpis);

        ValidationReport matching = validate(ws);
        assertThat(check(matching, "kpi_drift_baseline").status()).isEqualTo(CheckStatus.PASS);
        assertThat(check(matching, "kpi_drift_baseline").message())
                .startsWith("4 KPIs vs baseline; worst ")
                .endsWith("(logs/cutover/c-20261122T050000Z/v1-baseline.json)");

        Map<String, Double> moved = new java.util.TreeMap<>(kpis);
        moved.put("par_30", kpis.get("par_30") / 1.10); // the run is now 10% above the baseline
        writeBaseline(ws, "c-20261122T050000Z-2", moved);

        ValidationReport drifted = validate(ws);

        CheckResult baseline = check(drifted, "kpi_drift_baseline");
        assertThat(baseline.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(baseline.message()).contains("worst par_30: drift 10% > kpi_drift_pct 5%");
        assertThat(drifted.status()).isEqualTo(ReportStatus.FAIL);
        assertThat(drifted.drift())
                .filteredOn(entry -> entry.source().equals("previous_report"))
                .extracting(entry -> entry.kpi(), entry -> entry.reference(), entry -> entry.driftPct())
                .containsExactlyInAnyOrder(kpis.entrySet().stream()
                        .map(kpi -> org.assertj.core.groups.Tuple.tuple(kpi.getKey(), kpi.getValue(), 0.0))
                        .toArray(org.assertj.core.groups.Tuple[]::new));
        assertThat(check(drifted, "kpi_drift_previous_report").status()).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void rejectedRowsAboveTheErrorRateThresholdFail() throws Exception {
        ValidationWorkspace ws = ValidationWorkspace.create(
                root, ValidationWorkspace.RELAXED_THRESHOLDS + "pipeline:\n  ingestion:\n    strict: false\n");
        Path tape = ws.workspace().resolve("data/raw/loan_tape.csv");
        Files.writeString(
                tape, "L99,2026-01-05,-10,9,8,0,0,0,0,0,0,Someone,sme\n", java.nio.file.StandardOpenOption.APPEND);
        RunResult run = ws.run();

        CheckResult errorRate = check(validate(ws), "error_rate");

        assertThat(errorRate.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(errorRate.message())
                .isEqualTo("1 of 41 rows rejected in " + run.summary().runId() + " (2.439%) > error_rate_pct 0.1%");
    }

    @Test
    void aFailingReportIsAlertedWithTheDeliveryRecordedInTheReport() throws Exception {
        ValidationWorkspace ws = ValidationWorkspace.create(
                root,
                ValidationWorkspace.RELAXED_THRESHOLDS
                        + "alerts:\n  slack: {enabled: true, webhook_url: 'http://127.0.0.1:9/hooks/secret-path'}\n");
        java.util.List<String> payloads = new java.util.ArrayList<>();
        Validator validator = new Validator(
                Validator.standardChecks(io.abaco.pipeline.run.TapeSource.INGESTION), slack -> payload -> {
                    payloads.add(payload);
                    return new io.abaco.validation.alert.AlertSender.SendResult(true, 1, "HTTP 200");
                });

        ValidationReport report = validator.validate(ws.workspace(), ws.config(), ValidationWorkspace.ENV, ws.clock);

        assertThat(report.status()).isEqualTo(ReportStatus.FAIL);
        assertThat(payloads).hasSize(1);
        assertThat(payloads.get(0)).contains("kpi_calculations").contains("no successful pipeline run");
        assertThat(report.alerts())
                .extracting(delivery -> delivery.outcome())
                .containsExactly(io.abaco.validation.report.AlertDelivery.Outcome.SENT);
        assertThat(ValidationHistory.read(ws.workspace().validationReport()).alerts())
                .hasSize(1);
    }
}
