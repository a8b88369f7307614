package io.abaco.pipeline.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CsvTextTest {
    @Test
    void doublesRoundTripBitForBit() {
        Random random = new Random(11);
        double[] fixed = {
            0,
            1,
            0.1,
            0.05,
            12.5,
            1234567.89,
            1e12 + 0.01,
            9_999_999_999_999.99,
            1e20,
            1.0 / 3,
            -0.0,
            -12.34,
            4.9e-324,
            Double.MAX_VALUE
        };
        for (double value : fixed) assertRoundTrip(value);
        for (int index = 0; index < 100_000; index++) {
            assertRoundTrip(Math.round(random.nextDouble() * 1e9) / 100.0);
            assertRoundTrip(random.nextDouble() * Math.pow(10, random.nextInt(20)));
            assertRoundTrip(Math.round(random.nextDouble() * 1e12) / 1e6);
            assertRoundTrip(-Math.round(random.nextDouble() * 1e7) / 1e4);
        }
    }

    @Test
    void centsAreWrittenShort() {
        assertThat(text(1000.0)).isEqualTo("1000.0");
        assertThat(text(0.0)).isEqualTo("0.0");
        assertThat(text(12.5)).isEqualTo("12.5");
        assertThat(text(0.05)).isEqualTo("0.05");
        assertThat(text(-12.34)).isEqualTo("-12.34");
        assertThat(text(0.001234)).isEqualTo("0.001234");
        assertThat(text(7.5e-5)).isEqualTo("0.000075");
        assertThat(text(1.0 / 3)).isEqualTo("0.3333333333333333");
    }

    @Test
    void textIsQuotedOnlyWhenNeeded() {
        StringBuilder line = new StringBuilder();
        CsvText.appendText(line, "plain");
        line.append('|');
        CsvText.appendText(line, "a,b \"c\"");
        line.append('|');
        CsvText.appendText(line, null);
        line.append('|');
        CsvText.appendText(line, "");
        assertThat(line).hasToString("plain|\"a,b \"\"c\"\"\"||\"\"");
    }

    private static void assertRoundTrip(double value) {
        assertThat(Double.doubleToRawLongBits(Double.parseDouble(text(value))))
                .as("%s", value)
                .isEqualTo(Double.doubleToRawLongBits(value));
    }

    private static String text(double value) {
        StringBuilder line = new StringBuilder();
        CsvText.appendDouble(line, value);
        return line.toString();
    }
}
