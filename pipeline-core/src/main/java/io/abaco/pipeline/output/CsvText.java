package io.abaco.pipeline.output;

/** Appends CSV fields (RFC 4180) and doubles in a form that parses back to the same double, fast. */
public final class CsvText {
    private static final double TWO_DECIMAL_LIMIT = 1e13;

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
     * Appends a finite double so that parsing the text gives back the same bits. Amounts are mostly whole or in
     * cents: those are printed as {@code 123.0} / {@code 123.45} without {@link Double#toString}, which is slow on
     * Java 17. (cents / 100.0 is correctly rounded, so when it equals the value, the decimal text denotes it.)
     */
    public static void appendDouble(StringBuilder line, double value) {
        if (Math.abs(value) < TWO_DECIMAL_LIMIT && !(value == 0.0 && 1.0 / value < 0)) {
            long cents = Math.round(value * 100.0);
            if (cents / 100.0 == value) {
                if (cents < 0) {
                    line.append('-');
                    cents = -cents;
                }
                line.append(cents / 100);
                long fraction = cents % 100;
                line.append('.'); // always a decimal point: type-sniffing readers then see a float column
                if (fraction == 0) {
                    line.append('0');
                } else {
                    if (fraction < 10) line.append('0');
                    line.append(fraction % 10 == 0 ? fraction / 10 : fraction);
                }
                return;
            }
        }
        line.append(value);
    }
}
