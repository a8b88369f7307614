package io.abaco.validation.shadow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.abaco.config.model.ShadowConfig;
import io.abaco.validation.CheckStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KpiShadowComparisonTest {
    static final ShadowConfig CONFIG = new ShadowConfig(0.1, 1.0, Map.of("portfolio_health", 0.5), 0.0001);
    private final KpiShadowComparison comparison = new KpiShadowComparison(CONFIG);

    static Map<String, Double> kpis(double par30) {
        return Map.of("par_30", par30, "par_90", 3.25, "collection_rate", 97.5, "portfolio_health", 9.1);
    }

    @Test
    void identicalKpisPass() {
        List<KpiVariance> rows = comparison.compare(kpis(4.5), kpis(4.5));

        assertThat(rows).hasSize(4).allSatisfy(row -> {
            assertThat(row.verdict()).isEqualTo(CheckStatus.PASS);
            assertThat(row.variancePct()).isZero();
            assertThat(row.halt()).isFalse();
        });
    }

    @Test
    void aPlantedOnePercentDifferenceIsOutsideToleranceWithTheRuleNamed() {
        List<KpiVariance> rows = comparison.compare(kpis(4.0), kpis(4.04));

        KpiVariance par30 =
                rows.stream().filter(r -> r.kpi().equals("par_30")).findFirst().orElseThrow();
        assertThat(par30.verdict()).isEqualTo(CheckStatus.FAIL);
        assertThat(par30.variancePct()).isCloseTo(1.0, within(1e-9));
        assertThat(par30.halt()).isFalse();
        assertThat(par30.rule()).isEqualTo("variance 1.0%; outside 0.1% relative tolerance");
        assertThat(rows).filteredOn(r -> !r.kpi().equals("par_30")).allMatch(r -> r.verdict() == CheckStatus.PASS);
    }

    @Test
    void aboveTheHaltLineHalts() {
        KpiVariance row = comparison.compare("par_30", 4.0, 4.1);

        assertThat(row.verdict()).isEqualTo(CheckStatus.FAIL);
        assertThat(row.halt()).isTrue();
        assertThat(row.rule()).isEqualTo("variance 2.5%; above halt_above_pct 1.0%: halt");
    }

    @Test
    void withinToleranceNamesTheTolerance() {
        KpiVariance row = comparison.compare("par_30", 10.0, 10.005);

        assertThat(row.verdict()).isEqualTo(CheckStatus.PASS);
        assertThat(row.rule()).isEqualTo("variance 0.05%; within 0.1% relative tolerance");
    }

    @Test
    void perKpiToleranceOverridesTheDefault() {
        KpiVariance health = comparison.compare("portfolio_health", 9.0, 9.03);
        KpiVariance par90 = comparison.compare("par_90", 9.0, 9.03);

        assertThat(health.tolerancePct()).isEqualTo(0.5);
        assertThat(health.verdict()).isEqualTo(CheckStatus.PASS);
        assertThat(par90.verdict()).isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void zeroRules() {
        assertThat(comparison.compare("par_90", 0, 0).rule()).isEqualTo("both zero: variance 0%");
        KpiVariance v1Zero = comparison.compare("par_90", 0, 0.5);
        assertThat(v1Zero.variancePct()).isEqualTo(100.0);
        assertThat(v1Zero.halt()).isTrue();
        assertThat(v1Zero.rule()).startsWith("v1 is zero: variance 100%");
    }

    @Test
    void aTinyAbsoluteDifferenceAlwaysPasses() {
        KpiVariance row = comparison.compare("par_90", 0.0, 0.00004);

        assertThat(row.verdict()).isEqualTo(CheckStatus.PASS);
        assertThat(row.halt()).isFalse();
        assertThat(row.variancePct()).isEqualTo(100.0);
        assertThat(row.rule()).isEqualTo("absolute difference 0.00004 ≤ 0.0001");
    }

    @Test
    void aKpiOnlyOneSideReportsFails() {
        List<KpiVariance> rows = comparison.compare(Map.of("par_30", 1.0), Map.of("par_30", 1.0, "par_90", 2.0));

        assertThat(rows)
                .extracting(KpiVariance::kpi, KpiVariance::verdict, KpiVariance::rule)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "par_30", CheckStatus.PASS, "absolute difference 0 ≤ 0.0001"),
                        org.assertj.core.groups.Tuple.tuple("par_90", CheckStatus.FAIL, "missing in V1"));
    }
}
