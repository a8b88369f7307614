package io.abaco.validation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers as operators read them in messages: at most 4 decimals, no trailing zeros, no exponent. */
public final class Numbers {
    private Numbers() {}

    public static String format(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) return Double.toString(value);
        BigDecimal rounded =
                BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }
}
