package io.abaco.pipeline.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** ByteLine must give exactly the bytes of the StringBuilder helpers encoded as UTF-8. */
class ByteLineTest {
    private final ByteLine line = new ByteLine();

    @Test
    void doublesAreTheBytesOfCsvText() {
        double[] fixed = {
            0,
            1,
            0.1,
            0.05,
            12.5,
            1234567.89,
            1e12 + 0.01,
            9_999_999_999_999.99,
            1e13,
            1e20,
            1.0 / 3,
            -0.0,
            -12.34,
            -0.5,
            0.000001,
            0.0000001,
            4.9e-324,
            Double.MAX_VALUE,
            Double.NaN,
            Double.POSITIVE_INFINITY,
            52048.4
        };
        for (double value : fixed) assertSameDouble(value);
        Random random = new Random(5);
        for (int index = 0; index < 100_000; index++) {
            assertSameDouble(Math.round(random.nextDouble() * 1e9) / 100.0);
            assertSameDouble(random.nextDouble() * Math.pow(10, random.nextInt(20)));
            assertSameDouble(Math.round(random.nextDouble() * 1e12) / 1e6);
            assertSameDouble(-Math.round(random.nextDouble() * 1e7) / 1e4);
        }
    }

    @Test
    void csvFieldsAreTheBytesOfCsvText() {
        for (String value : samples()) {
            StringBuilder expected = new StringBuilder();
            CsvText.appendText(expected, value);
            line.clear();
            line.appendCsvText(value);
            assertBytes(expected, value);
        }
    }

    @Test
    void jsonStringsAreTheBytesOfJsonText() {
        for (String value : samples()) {
            StringBuilder expected = new StringBuilder();
            JsonText.appendString(expected, value);
            line.clear();
            line.appendJsonString(value);
            assertBytes(expected, value);
        }
    }

    @Test
    void growsPastItsFirstBuffer() {
        String wide = "x".repeat(3000);
        line.clear();
        line.appendCsvText(wide);
        line.append(',').appendLong(1234567890123L);
        assertThat(new String(line.bytes(), 0, line.length(), StandardCharsets.UTF_8))
                .isEqualTo(wide + ",1234567890123");
    }

    private static String[] samples() {
        return new String[] {
            null,
            "",
            "plain",
            "RCV-0000001",
            "with,comma",
            "with \"quote\"",
            "line\nbreak",
            "cr\rhere",
            "tab\there",
            "back\\slash",
            "ctrl\u0001char",
            "Pacífico S.A.",
            "ação, ltda",
            "emoji \uD83D\uDE00",
            "lone \uD800 surrogate",
            "日本語",
            " padded "
        };
    }

    private void assertSameDouble(double value) {
        StringBuilder expected = new StringBuilder();
        CsvText.appendDouble(expected, value);
        line.clear();
        line.appendDouble(value);
        assertBytes(expected, String.valueOf(value));
    }

    private void assertBytes(CharSequence expected, String what) {
        byte[] actual = Arrays.copyOf(line.bytes(), line.length());
        assertThat(actual).as(what).isEqualTo(expected.toString().getBytes(StandardCharsets.UTF_8));
    }
}
