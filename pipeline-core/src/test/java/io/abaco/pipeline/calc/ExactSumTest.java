package io.abaco.pipeline.calc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ExactSumTest {
    @Test
    void sumsWhatNaiveAdditionLoses() {
        ExactSum sum = new ExactSum();
        for (double value : new double[] {1e100, 1.0, -1e100, 1e-100}) sum.add(value);
        assertThat(sum.value()).isEqualTo(1.0 + 1e-100);

        ExactSum tenths = new ExactSum();
        for (int index = 0; index < 10; index++) tenths.add(0.1);
        assertThat(tenths.value()).isEqualTo(1.0); // naive addition gives 0.9999999999999999
    }

    @Test
    void equalsTheCorrectlyRoundedExactSum() {
        Random random = new Random(42);
        for (int trial = 0; trial < 200; trial++) {
            ExactSum sum = new ExactSum();
            BigDecimal exact = BigDecimal.ZERO;
            int count = 1 + random.nextInt(300);
            for (int index = 0; index < count; index++) {
                double value = (random.nextDouble() - 0.3) * Math.pow(10, random.nextInt(30) - 10);
                sum.add(value);
                exact = exact.add(new BigDecimal(value));
            }
            assertThat(sum.value())
                    .isEqualTo(exact.round(MathContext.DECIMAL128).doubleValue());
        }
    }

    @Test
    void staysExactOverManyFoldsOfAmountsInCentsAndWithCancellation() {
        Random random = new Random(99);
        ExactSum sum = new ExactSum();
        BigDecimal exact = BigDecimal.ZERO;
        for (int index = 0; index < 25_000; index++) {
            double value = Math.round(random.nextDouble() * 1e9) / 100.0 * (index % 3 == 0 ? -1 : 1);
            if (index % 1000 == 0) value = random.nextDouble() * 1e-300; // outside the bucket window
            if (index % 1001 == 0) value = Double.MIN_VALUE; // subnormal
            sum.add(value);
            exact = exact.add(new BigDecimal(value));
        }
        assertThat(sum.value()).isEqualTo(exact.round(MathContext.DECIMAL128).doubleValue());
    }

    @Test
    void roundsHalfWayCasesToEven() {
        // 1 + 2^-53 lies exactly half-way between 1 and the next double: ties to even gives 1.0
        ExactSum sum = new ExactSum();
        sum.add(1.0);
        sum.add(Math.scalb(1.0, -53));
        assertThat(sum.value()).isEqualTo(1.0);
        // a tiny extra amount past the half-way point must round up
        sum.add(Math.scalb(1.0, -100));
        assertThat(sum.value()).isEqualTo(Math.nextUp(1.0));
    }

    @Test
    void mergeGivesTheSameBitsAsOneAccumulatorWhateverTheSplitAndOrder() {
        Random random = new Random(7);
        List<Double> values = new ArrayList<>();
        for (int index = 0; index < 5000; index++) values.add(random.nextDouble() * 1e6 / (1 + random.nextInt(1000)));
        ExactSum single = new ExactSum();
        values.forEach(single::add);

        Collections.shuffle(values, random);
        ExactSum[] parts = {new ExactSum(), new ExactSum(), new ExactSum()};
        for (int index = 0; index < values.size(); index++) parts[index % 3].add(values.get(index));
        ExactSum merged = new ExactSum();
        for (int index = parts.length - 1; index >= 0; index--) merged.merge(parts[index]);

        assertThat(Double.doubleToRawLongBits(merged.value())).isEqualTo(Double.doubleToRawLongBits(single.value()));
    }

    @Test
    void emptyIsZero() {
        assertThat(new ExactSum().value()).isEqualTo(0.0);
    }
}
