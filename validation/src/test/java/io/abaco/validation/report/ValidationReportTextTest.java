package io.abaco.validation.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.abaco.validation.CheckResult;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValidationReportTextTest {
    private final ValidationReport report = ValidationReport.of(
            Instant.parse("2026-11-22T07:00:00Z"),
            "production",
            List.of(
                    CheckResult.pass("kpi_calculations", 1, null, "KPIs match"),
                    CheckResult.fail("data_integrity", 1, null, "data/metrics/production/loans.csv: missing"),
                    CheckResult.warn("audit_trail", 1, null, "nothing new"),
                    CheckResult.skipped("kpi_drift_baseline", "no baseline")),
            List.of(),
            Map.of(),
            List.of());

    @Test
    void oneLinePerRunCountsTheVerdictsAndNamesWhatFailed() {
        assertThat(ValidationReportText.line(report))
                .isEqualTo("2026-11-22T07:00:00Z FAIL  pass 1, warn 1, fail 1, skipped 1; failed: data_integrity");
    }

    @Test
    void theTableShowsEveryCheckWithItsMessage() {
        assertThat(ValidationReportText.render(report))
                .startsWith("Validation: FAIL (production, 2026-11-22T07:00:00Z)\n\nCHECK ")
                .contains("data_integrity      FAIL     data/metrics/production/loans.csv: missing\n")
                .contains("kpi_drift_baseline  SKIPPED  no baseline\n");
    }
}
