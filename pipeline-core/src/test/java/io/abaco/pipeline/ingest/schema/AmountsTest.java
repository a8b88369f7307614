package io.abaco.pipeline.ingest.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountsTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            0            | 0.0
            -0           | 0.0
            -0.000       | 0.0
            12           | 12.0
            +12          | 12.0
            ' 12.50 '    | 12.5
            .5           | 0.5
            12.          | 12.0
            1.5E3        | 1500.0
            2e-2         | 0.02
            1E+2         | 100.0
            -7.25        | -7.25
            0.1          | 0.1
            123456789012345.67 | 123456789012345.67
            99999999999999999999 | 1.0E20
            """)
    void acceptsDecimalsAndScientificNotation(String text, double expected) {
        assertThat(Amounts.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                " ",
                "NaN",
                "nan",
                "Infinity",
                "-Infinity",
                "1,000",
                "1 000",
                "$5",
                "5$",
                "€5",
                "0x1F",
                "1_000",
                "5d",
                "5f",
                "1.2.3",
                "1e",
                "e5",
                ".",
                "-",
                "+",
                "--1",
                "1e5.5",
                "(5)",
                "5-"
            })
    void refusesEverythingElse(String text) {
        assertThat(Amounts.parse(text)).isNaN();
    }

    @Test
    void overflowIsInfinite() {
        assertThat(Amounts.parse("1e400")).isInfinite();
        assertThat(Amounts.parse("-1e400")).isInfinite();
    }

    @Test
    void fastPathAgreesWithDoubleParseDouble() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 50_000; i++) {
            long whole = random.nextLong(10_000_000_000L);
            int fractionDigits = random.nextInt(0, 8);
            long fraction = fractionDigits == 0 ? 0 : random.nextLong((long) Math.pow(10, fractionDigits));
            String text = fractionDigits == 0
                    ? Long.toString(whole)
                    : whole + "." + String.format("%0" + fractionDigits + "d", fraction);
            double parsed = Amounts.parse(text);
            if (parsed != Double.parseDouble(text)) {
                assertThat(parsed).as(text).isEqualTo(Double.parseDouble(text));
            }
        }
    }
}
