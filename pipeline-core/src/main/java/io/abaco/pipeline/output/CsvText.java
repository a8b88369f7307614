package io.abaco.pipeline.output;

/** Appends CSV fields (RFC 4180) and doubles in a form that parses back to the same double, fast. */
public final class CsvText {
    private static final long[] POW10 = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};

    private CsvText() {}

    /** Appends a text field, quoted only when needed; null is an empty field. */
    public static void appendText(StringBuilder line, String value) {
        if (value == null) return;
        boolean quote = value.isEmpty();
        for (int index = 0; index < value.length() && !quote; index++) {
            char c = value.charAt(index);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            line.append(value);
            return;
        }
        line.append('"');
        for (int index = 0; index < value.length(); index++) {
            char c = value.charAt(index);
            if (c == '"') line.append('"');
            line.append(c);
        }
        line.append('"');
    }

    /**
     * Appends a finite double so that parsing the text gives back the same bits. Amounts are mostly written with a
     * few decimals: those are printed from a scaled integer ({@code 123.0}, {@code 123.45}, {@code 0.001234})
     * without {@link Double#toString}, which is slow on Java 17. This is exact: with |scaled| &lt; 2^53,
     * scaled / 10^k is correctly rounded, so when it equals the value the decimal text denotes that very double.
     */
    public static void appendDouble(StringBuilder line, double value) {
        if (!(value == 0.0 && 1.0 / value < 0)
                && (appendScaled(line, value, 100.0, 2, 1e13) || appendScaled(line, value, 1e6, 6, 1e9))) {
            return;
        }
        line.append(value);
    }

    private static boolean appendScaled(StringBuilder line, double value, double scale, int decimals, double limit) {
        if (!(Math.abs(value) < limit)) return false;
        long scaled = Math.round(value * scale);
        if (scaled / scale != value) return false;
        if (scaled < 0) {
            line.append('-');
            scaled = -scaled;
        }
        long unit = (long) scale;
        line.append(scaled / unit).append('.'); // always a decimal point: type-sniffing readers see a float column
        long fraction = scaled % unit;
        if (fraction == 0) {
            line.append('0');
            return true;
        }
        int digits = decimals;
        while (fraction % 10 == 0) {
            fraction /= 10;
            digits--;
        }
        for (; digits > 1 && fraction < POW10[digits - 1]; digits--) line.append('0');
        line.append(fraction);
        return true;
    }
}
