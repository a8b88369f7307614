package io.abaco.pipeline.ingest.schema;

import java.nio.charset.StandardCharsets;

/**
 * Parses the decimal amounts of a tape.
 *
 * <p>Accepted, after trimming spaces and tabs: an optional sign ({@code +} or {@code -}), decimal digits with an
 * optional fraction ({@code 12}, {@code 12.50}, {@code .5}, {@code 12.}), and an optional exponent ({@code 1.5E3},
 * {@code 2e-2}). The result is the double nearest to the decimal value (as {@link Double#parseDouble}).
 *
 * <p>Refused: {@code NaN}, {@code Infinity}, thousand separators ({@code 1,000}), currency symbols ({@code $5}), hex
 * ({@code 0x1F}), underscores, Java suffixes ({@code 5d}), anything else; and values whose magnitude does not fit a
 * double ({@code 1e400}). {@code -0} reads as {@code 0.0}. Whether a negative amount is allowed is the caller's
 * decision.
 *
 * <p>Stateless and thread-safe.
 */
public final class Amounts {
    /** Returned for text that is not a number. Parsed values are never NaN, so the sentinel is unambiguous. */
    public static final double NOT_A_NUMBER = Double.NaN;

    private static final long MAX_EXACT = 1L << 53;
    private static final double[] POWERS_OF_TEN = new double[23];

    static {
        double power = 1;
        for (int i = 0; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = power;
            power *= 10;
        }
    }

    private Amounts() {}

    /**
     * @return the value; {@link #NOT_A_NUMBER} when the text is not an accepted number; an infinity when it
     *     overflows a double
     */
    public static double parse(String text) {
        // a character beyond Latin-1 becomes '?', and no character beyond ASCII can be part of a number
        byte[] latin1 = text.getBytes(StandardCharsets.ISO_8859_1);
        return parse(latin1, 0, latin1.length);
    }

    /**
     * {@link #parse(String)} of the text in {@code bytes[from, to)}, read as UTF-8 or Latin-1 (numbers are ASCII, so
     * both give the same answer).
     */
    public static double parse(byte[] bytes, int from, int to) {
        int start = from;
        int end = to;
        while (start < end && isBlank(bytes[start])) start++;
        while (end > start && isBlank(bytes[end - 1])) end--;
        if (start == end) return NOT_A_NUMBER;
        int i = start;
        boolean negative = false;
        byte first = bytes[i];
        if (first == '+' || first == '-') {
            negative = first == '-';
            i++;
        }
        long mantissa = 0;
        boolean exact = true;
        int digits = 0;
        int fractionDigits = 0;
        for (; i < end && isDigit(bytes[i]); i++, digits++) {
            if (exact) exact = (mantissa = mantissa * 10 + (bytes[i] - '0')) <= MAX_EXACT;
        }
        if (i < end && bytes[i] == '.') {
            for (i++; i < end && isDigit(bytes[i]); i++, digits++, fractionDigits++) {
                if (exact) exact = (mantissa = mantissa * 10 + (bytes[i] - '0')) <= MAX_EXACT;
            }
        }
        if (digits == 0) return NOT_A_NUMBER;
        boolean exponent = i < end && (bytes[i] == 'e' || bytes[i] == 'E');
        if (exponent) {
            i++;
            if (i < end && (bytes[i] == '+' || bytes[i] == '-')) i++;
            int exponentDigits = 0;
            for (; i < end && isDigit(bytes[i]); i++) exponentDigits++;
            if (exponentDigits == 0) return NOT_A_NUMBER;
        }
        if (i != end) return NOT_A_NUMBER;
        if (mantissa == 0 && exact && !exponent) return 0.0;
        if (exact && !exponent && fractionDigits < POWERS_OF_TEN.length) {
            // Both operands are exact doubles, so one IEEE division rounds correctly (Clinger's fast path).
            double value = mantissa / POWERS_OF_TEN[fractionDigits];
            return negative ? -value : value;
        }
        double value = Double.parseDouble(new String(bytes, start, end - start, StandardCharsets.ISO_8859_1));
        return value == 0.0 ? 0.0 : value;
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }

    private static boolean isBlank(byte b) {
        return b == ' ' || b == '\t';
    }
}
