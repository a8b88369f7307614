package io.abaco.pipeline.transform;

import static org.assertj.core.api.Assertions.assertThat;

import io.abaco.pipeline.ingest.TapeRow;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransformationTest {
    private static final double NAN = Double.NaN;

    @Test
    void fillZeroReplacesMissingOptionalAmountsWithoutTouchingTheInput() {
        double[] amounts = {100, 90, 80, NAN, 1, NAN, 0, 0, 0};
        double[] filled = NullHandling.FILL_ZERO.apply(amounts);
        assertThat(filled).containsExactly(100, 90, 80, 0, 1, 0, 0, 0, 0);
        assertThat(Double.isNaN(amounts[3])).isTrue();
        double[] complete = {1, 1, 1, 1, 1, 1, 1, 1, 1};
        assertThat(NullHandling.FILL_ZERO.apply(complete)).isSameAs(complete);
    }

    @Test
    void dropRowsDropsRowsWithAnyMissingAmount() {
        assertThat(NullHandling.DROP_ROWS.apply(new double[] {100, 90, 80, NAN, 1, 0, 0, 0, 0}))
                .isNull();
        assertThat(NullHandling.DROP_ROWS.apply(new double[] {100, 90, 80, 0, 1, 0, 0, 0, 0}))
                .isNotNull();
    }

    @Test
    void transformerCountsDropsAndFeedsOnlyKeptRowsToTheStatistics() {
        RowTransformer transformer = new RowTransformer(
                NullHandling.DROP_ROWS,
                new PiiMasker(new PiiKey("k".getBytes(), "env"), List.of("name"), List.of("name")));
        assertThat(transformer.transform(row(10, NAN, "Ana"))).isNull();
        TapeRow kept = transformer.transform(row(20, 5, "Bea"));
        assertThat(kept.extras()[0]).startsWith("pii_");
        assertThat(transformer.dropped()).isEqualTo(1);
        assertThat(transformer.receivableStats().count()).isEqualTo(1);
        assertThat(transformer.receivableStats().mean()).isEqualTo(20);
    }

    @Test
    void welfordStatisticsMatchTheTwoPassFormulaAndMerge() {
        double[] values = {1000, 1010, 990, 1005, 50_000, 995};
        RunningStats all = new RunningStats();
        RunningStats left = new RunningStats();
        RunningStats right = new RunningStats();
        for (int index = 0; index < values.length; index++) {
            all.add(values[index]);
            (index < 2 ? left : right).add(values[index]);
        }
        double mean = java.util.Arrays.stream(values).average().orElseThrow();
        double variance = java.util.Arrays.stream(values)
                        .map(v -> (v - mean) * (v - mean))
                        .sum()
                / (values.length - 1);
        assertThat(all.mean()).isCloseTo(mean, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(all.standardDeviation()).isCloseTo(Math.sqrt(variance), org.assertj.core.data.Offset.offset(1e-9));
        left.merge(right);
        assertThat(left.standardDeviation())
                .isCloseTo(all.standardDeviation(), org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void zScoreRuleFlagsOnlyBeyondTheThreshold() {
        OutlierRule rule = new OutlierRule(100, 10, 2.0);
        assertThat(rule.isOutlier(120)).isFalse(); // z = 2, not more than 2
        assertThat(rule.isOutlier(120.5)).isTrue();
        assertThat(rule.isOutlier(79)).isTrue();
        assertThat(new OutlierRule(100, 0, 2.0).isOutlier(1e9)).isFalse();
        assertThat(new OutlierRule(100, 0, 2.0).sqlExpression("x")).isEqualTo("false");
    }

    private static TapeRow row(double receivable, double cash, String name) {
        return new TapeRow(
                2,
                "L1",
                null,
                "2026-01-01",
                LocalDate.of(2026, 1, 1),
                new double[] {receivable, 1, 1, cash, 0, 0, 0, 0, 0},
                new String[] {name});
    }
}
