package io.abaco.pipeline.calc;

import static io.abaco.pipeline.calc.KpiCalculator.COLLECTION_RATE;
import static io.abaco.pipeline.calc.KpiCalculator.PAR_30;
import static io.abaco.pipeline.calc.KpiCalculator.PAR_90;
import static io.abaco.pipeline.calc.KpiCalculator.PORTFOLIO_HEALTH;
import static io.abaco.pipeline.calc.Rows.amounts;
import static org.assertj.core.api.Assertions.assertThat;

import io.abaco.config.model.KpiThreshold;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KpiCalculatorTest {
    static final Map<String, KpiThreshold> DESIGN_THRESHOLDS = Map.of(
            PAR_30, new KpiThreshold(5, 8, false),
            PAR_90, new KpiThreshold(3, 5, false),
            COLLECTION_RATE, new KpiThreshold(1.5, 1.0, true),
            PORTFOLIO_HEALTH, new KpiThreshold(5, 3, true));
    private final KpiCalculator calculator = new KpiCalculator(DESIGN_THRESHOLDS);

    @Test
    void par30ReferenceVector() {
        KpiSums sums = new KpiSums();
        sums.add(amounts(1000, 0, 0, 100, 50, 25));
        sums.add(amounts(2000, 0, 0, 200, 100, 50));
        assertThat(calculator.calculate(sums).value(PAR_30)).isEqualTo(17.5);
    }

    @Test
    void par90ReferenceVector() {
        KpiSums sums = new KpiSums();
        sums.add(amounts(1000, 0, 0, 0, 0, 100));
        sums.add(amounts(2000, 0, 0, 0, 0, 200));
        assertThat(calculator.calculate(sums).value(PAR_90)).isEqualTo(10.0);
    }

    @Test
    void collectionRateReferenceVector() {
        KpiSums sums = new KpiSums();
        sums.add(amounts(1, 1000, 100, 0, 0, 0));
        sums.add(amounts(1, 2000, 200, 0, 0, 0));
        assertThat(calculator.calculate(sums).value(COLLECTION_RATE)).isEqualTo(10.0);
    }

    @Test
    void portfolioHealthReferenceVectors() {
        assertThat(KpiCalculator.portfolioHealth(5, 10)).isEqualTo(9.5);
        assertThat(KpiCalculator.portfolioHealth(0, 100)).isEqualTo(10.0);
        assertThat(KpiCalculator.portfolioHealth(150, 50)).isEqualTo(0.0);
    }

    @Test
    void roundsHalfEvenOnTheExactDecimalValueOfTheDouble() {
        assertThat(KpiCalculator.round2(2.675)).isEqualTo(2.67); // 2.675 is 2.67499999… as a double
        assertThat(KpiCalculator.round2(0.125)).isEqualTo(0.12); // exactly half-way: to even
        assertThat(KpiCalculator.round2(0.375)).isEqualTo(0.38);
        assertThat(KpiCalculator.round2(1.005)).isEqualTo(1.0);
    }

    @Test
    void healthUsesTheRoundedInputsAndIsNotRounded() {
        // par_30 = 1/3 * 100 = 33.333… → 33.33; collection_rate = 2/3 * 100 → 66.67
        KpiSums sums = new KpiSums();
        sums.add(amounts(3, 3, 2, 1, 0, 0));
        KpiResult result = calculator.calculate(sums);
        assertThat(result.value(PAR_30)).isEqualTo(33.33);
        assertThat(result.value(COLLECTION_RATE)).isEqualTo(66.67);
        assertThat(result.value(PORTFOLIO_HEALTH)).isEqualTo(Math.min(10, (10 - 33.33 / 10) * (66.67 / 10)));
    }

    @Test
    void zeroDenominatorGivesZeroWithAReason() {
        KpiSums sums = new KpiSums();
        sums.add(amounts(0, 100, 50, 0, 0, 0));
        KpiResult result = calculator.calculate(sums);
        assertThat(result.get(PAR_30).value()).isZero();
        assertThat(result.get(PAR_30).reason()).contains("total_receivable_usd");
        assertThat(result.get(PAR_90).reason()).contains("total_receivable_usd");
        assertThat(result.get(COLLECTION_RATE).value()).isEqualTo(50.0);
        assertThat(result.get(COLLECTION_RATE).reason()).isNull();
        assertThat(result.get(PORTFOLIO_HEALTH).value()).isEqualTo(10.0); // 10 × 5, clamped
        assertThat(result.get(PORTFOLIO_HEALTH).reason()).contains("par_30");
    }

    @Test
    void emptyInputGivesFourZerosWithReason() {
        KpiResult result = calculator.calculate(new KpiSums());
        assertThat(result.details()).hasSize(4).allSatisfy(kpi -> {
            assertThat(kpi.value()).isZero();
            assertThat(kpi.reason()).isEqualTo("empty input");
        });
        assertThat(result.details()).extracting(KpiValue::name).containsExactlyElementsOf(KpiCalculator.NAMES);
    }

    @Test
    void statusesFollowThresholdsAndLowerIsWorseFlipsThem() {
        assertThat(calculator.status(PAR_30, 4.99)).isEqualTo(KpiStatus.OK);
        assertThat(calculator.status(PAR_30, 5)).isEqualTo(KpiStatus.WARNING);
        assertThat(calculator.status(PAR_30, 8)).isEqualTo(KpiStatus.CRITICAL);
        assertThat(calculator.status(COLLECTION_RATE, 2)).isEqualTo(KpiStatus.OK);
        assertThat(calculator.status(COLLECTION_RATE, 1.5)).isEqualTo(KpiStatus.WARNING);
        assertThat(calculator.status(COLLECTION_RATE, 1.0)).isEqualTo(KpiStatus.CRITICAL);
        assertThat(calculator.status(PORTFOLIO_HEALTH, 9.5)).isEqualTo(KpiStatus.OK);
        assertThat(calculator.status(PORTFOLIO_HEALTH, 4)).isEqualTo(KpiStatus.WARNING);
        assertThat(new KpiCalculator(Map.of()).status(PAR_30, 99)).isEqualTo(KpiStatus.OK);
    }

    @Test
    void resultCarriesStatusPerKpi() {
        KpiSums sums = new KpiSums();
        sums.add(amounts(1000, 0, 0, 100, 50, 25));
        KpiResult result = calculator.calculate(sums);
        assertThat(result.get(PAR_30).status()).isEqualTo(KpiStatus.CRITICAL);
        assertThat(result.get(PAR_90).status()).isEqualTo(KpiStatus.OK); // 2.5
        assertThat(result.get(COLLECTION_RATE).status()).isEqualTo(KpiStatus.CRITICAL); // 0, with a reason
    }
}
