package io.abaco.pipeline.calc;

import static io.abaco.pipeline.calc.Rows.amounts;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimeSeriesTest {
    private final KpiCalculator calculator = new KpiCalculator(Map.of());

    @Test
    void periodKeysPerGrain() {
        LocalDate date = LocalDate.of(2026, 1, 31);
        assertThat(Grain.DAILY.period(date)).isEqualTo("2026-01-31");
        assertThat(Grain.WEEKLY.period(date)).isEqualTo("2026-W05");
        assertThat(Grain.MONTHLY.period(date)).isEqualTo("2026-01");
        // ISO week-based year: 2027-01-01 is a Friday in week 53 of 2026
        assertThat(Grain.WEEKLY.period(LocalDate.of(2027, 1, 1))).isEqualTo("2026-W53");
    }

    @Test
    void groupsKpisByPeriodOfTheConfiguredGrainsOnly() {
        TimeSeries series = new TimeSeries(List.of(Grain.DAILY, Grain.MONTHLY));
        series.add(LocalDate.of(2026, 1, 30), amounts(1000, 100, 10, 100, 0, 0));
        series.add(LocalDate.of(2026, 1, 31), amounts(1000, 100, 20, 0, 0, 50));
        series.add(LocalDate.of(2026, 1, 30), amounts(1000, 100, 30, 100, 0, 0));
        series.add(LocalDate.of(2026, 2, 1), amounts(500, 0, 0, 0, 0, 0));

        List<TimeSeriesPoint> daily = series.points(Grain.DAILY, calculator);
        assertThat(daily).extracting(TimeSeriesPoint::period).containsExactly("2026-01-30", "2026-01-31", "2026-02-01");
        assertThat(daily.get(0).rows()).isEqualTo(2);
        assertThat(daily.get(0).par30()).isEqualTo(10.0);
        assertThat(daily.get(0).collectionRate()).isEqualTo(20.0);
        assertThat(daily.get(1).par90()).isEqualTo(5.0);

        List<TimeSeriesPoint> monthly = series.points(Grain.MONTHLY, calculator);
        assertThat(monthly).extracting(TimeSeriesPoint::period).containsExactly("2026-01", "2026-02");
        assertThat(monthly.get(0).rows()).isEqualTo(3);
        assertThat(monthly.get(0).par30()).isEqualTo(8.33); // 250 / 3000
        assertThat(series.points(Grain.WEEKLY, calculator)).isEmpty();
    }

    @Test
    void mergedSeriesEqualOneSeries() {
        TimeSeries whole = new TimeSeries(List.of(Grain.WEEKLY));
        TimeSeries left = new TimeSeries(List.of(Grain.WEEKLY));
        TimeSeries right = new TimeSeries(List.of(Grain.WEEKLY));
        for (int day = 1; day <= 20; day++) {
            double[] row = amounts(100 + day, 50, day, day * 0.3, 0.1, 0.7);
            whole.add(LocalDate.of(2026, 3, day), row);
            (day % 2 == 0 ? left : right).add(LocalDate.of(2026, 3, day), row);
        }
        left.merge(right);
        assertThat(left.points(Grain.WEEKLY, calculator)).isEqualTo(whole.points(Grain.WEEKLY, calculator));
    }
}
