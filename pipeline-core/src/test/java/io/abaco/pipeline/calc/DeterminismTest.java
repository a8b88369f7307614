package io.abaco.pipeline.calc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** DESIGN §12.6: the same rows give bit-identical KPIs whatever their order and however many threads sum them. */
class DeterminismTest {
    @Test
    void shuffledRowsAndAnyThreadCountGiveIdenticalBits() throws Exception {
        Random random = new Random(2026);
        List<double[]> rows = new ArrayList<>();
        for (int index = 0; index < 20_000; index++) {
            double receivable = Math.round(random.nextDouble() * 1e7) / 100.0;
            rows.add(Rows.amounts(
                    receivable,
                    receivable * random.nextDouble(),
                    receivable * random.nextDouble() / 3,
                    receivable * random.nextDouble() / 7,
                    receivable * random.nextDouble() / 11,
                    receivable * random.nextDouble() / 13));
        }
        KpiCalculator calculator = new KpiCalculator(Map.of());
        List<Long> reference = bits(calculator.calculate(sum(rows, 1)));

        // the naive sequential sum does depend on order for these rows: the test would catch a naive implementation
        assertThat(naiveSumDependsOnOrder(rows)).isTrue();

        for (int threads : new int[] {1, 2, 3, 7}) {
            Collections.shuffle(rows, random);
            assertThat(bits(calculator.calculate(sum(rows, threads))))
                    .as("threads=%d", threads)
                    .isEqualTo(reference);
        }
    }

    private static boolean naiveSumDependsOnOrder(List<double[]> rows) {
        List<double[]> copy = new ArrayList<>(rows);
        double first = 0;
        for (double[] row : copy) first += row[8];
        Collections.shuffle(copy, new Random(1));
        double second = 0;
        for (double[] row : copy) second += row[8];
        return first != second;
    }

    private static KpiSums sum(List<double[]> rows, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<KpiSums>> parts = new ArrayList<>();
            int chunk = (rows.size() + threads - 1) / threads;
            for (int start = 0; start < rows.size(); start += chunk) {
                List<double[]> slice = rows.subList(start, Math.min(rows.size(), start + chunk));
                parts.add(pool.submit(() -> {
                    KpiSums sums = new KpiSums();
                    slice.forEach(sums::add);
                    return sums;
                }));
            }
            KpiSums total = new KpiSums();
            for (Future<KpiSums> part : parts) total.merge(part.get());
            return total;
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Long> bits(KpiResult result) {
        List<Long> bits = new ArrayList<>();
        result.details().forEach(kpi -> bits.add(Double.doubleToRawLongBits(kpi.value())));
        return bits;
    }
}
