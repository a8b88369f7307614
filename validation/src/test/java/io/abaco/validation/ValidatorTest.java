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
}
