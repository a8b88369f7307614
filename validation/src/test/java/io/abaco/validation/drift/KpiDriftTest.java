package io.abaco.validation.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.abaco.validation.CheckResult;
import io.abaco.validation.CheckStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KpiDriftTest {
    private final KpiDrift drift = new KpiDrift(5.0);

    @Test
    void percentFollowsTheZeroRules() {
        assertThat(KpiDrift.percent(0, 0)).isZero();
        assertThat(KpiDrift.percent(3, 0)).isEqualTo(100.0);
        assertThat(KpiDrift.percent(9, 10)).isCloseTo(10.0, within(1e-9));
        assertThat(KpiDrift.percent(-11, -10)).isCloseTo(10.0, within(1e-9));
    }

    @Test
    void halfTheThresholdWarnsAndAboveTheThresholdFails() {
        List<DriftEntry> entries = drift.compare(
                Map.of("par_30", 10.2, "par_90", 10.4, "collection_rate", 10.6),
                Map.of("par_30", 10.0, "par_90", 10.0, "collection_rate", 10.0),
                KpiDrift.BASELINE);

        assertThat(entries)
                .extracting(DriftEntry::kpi, DriftEntry::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("collection_rate", CheckStatus.FAIL),
                        org.assertj.core.groups.Tuple.tuple("par_30", CheckStatus.PASS),
                        org.assertj.core.groups.Tuple.tuple("par_90", CheckStatus.WARN));
        assertThat(entries.get(0).rule()).isEqualTo("drift 6% > kpi_drift_pct 5%");
        assertThat(entries.get(0).driftPct()).isCloseTo(6.0, within(1e-9));

        CheckResult check = drift.check(KpiDrift.BASELINE, entries);
        assertThat(check.name()).isEqualTo("kpi_drift_baseline");
        assertThat(check.status()).isEqualTo(CheckStatus.FAIL);
        assertThat((Double) check.observed()).isCloseTo(6.0, within(1e-9));
        assertThat(check.threshold()).isEqualTo(5.0);
        assertThat(check.message()).contains("worst collection_rate");
    }

    @Test
    void kpiMissingNowFails() {
        List<DriftEntry> entries = drift.compare(Map.of(), Map.of("par_30", 1.0), KpiDrift.PREVIOUS_REPORT);

        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.status()).isEqualTo(CheckStatus.FAIL);
            assertThat(e.rule()).isEqualTo("missing now");
        });
    }

    @Test
    void noReferenceIsSkippedNotPassed() {
        KpiDrift.DriftAssessment assessment = drift.assess(Map.of("par_30", 1.0), null, Map.of("par_30", 1.0));

        assertThat(assessment.checks())
                .extracting(CheckResult::name, CheckResult::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("kpi_drift_baseline", CheckStatus.SKIPPED),
                        org.assertj.core.groups.Tuple.tuple("kpi_drift_previous_report", CheckStatus.PASS));
        assertThat(assessment.entries()).hasSize(1);
    }
}
