package io.abaco.validation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers as operators read them in messages: at most 4 decimals (4 significant digits below 1, so that small
 * tolerances stay visible), no trailing zeros, no exponent.
 */
public final class Numbers {
    private Numbers() {}

    public static String format(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) return Double.toString(value);
        BigDecimal exact = BigDecimal.valueOf(value);
        BigDecimal rounded = Math.abs(value) >= 1
                ? exact.setScale(4, RoundingMode.HALF_EVEN)
                : exact.round(new java.math.MathContext(4, RoundingMode.HALF_EVEN));
        rounded = rounded.stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }

    /** A percentage for rules and tables: like {@link #format} but always with a decimal ("1.0", "0.1", "100.0"). */
    public static String percent(double value) {
        String text = format(value);
        return text.contains(".") || text.contains("N") || text.contains("I") ? text : text + ".0";
    }

    /**
     * |value − reference| / |reference| × 100; both zero → 0; reference zero → 100. Rounded to 9 decimals so that a
     * difference equal to a configured limit as written (4.04 against 4.0 is 1%) is not "above" it by a
     * floating-point ulp.
     */
    public static double variancePct(double reference, double value) {
        if (reference == 0.0 && value == 0.0) return 0.0;
        if (reference == 0.0) return 100.0;
        double exact = Math.abs(value - reference) / Math.abs(reference) * 100.0;
        return BigDecimal.valueOf(exact).setScale(9, RoundingMode.HALF_EVEN).doubleValue();
    }
}
