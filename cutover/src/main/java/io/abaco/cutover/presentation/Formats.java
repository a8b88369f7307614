package io.abaco.cutover.presentation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How the report writes times, durations and numbers, shared by the HTML and Markdown renderers. */
final class Formats {
    static final String NONE = "—";
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SHORT_TIME =
            DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private Formats() {}

    static String time(Instant instant) {
        return instant == null ? NONE : TIME.format(instant);
    }

    static String shortTime(Instant instant) {
        return instant == null ? NONE : SHORT_TIME.format(instant);
    }

    /** {@code 850 ms}, {@code 12.3 s}, {@code 4 min 05 s}, {@code 1 h 02 min}. */
    static String duration(Long millis) {
        if (millis == null) return NONE;
        long ms = Math.abs(millis);
        String sign = millis < 0 ? "-" : "";
        if (ms < 1_000) return sign + ms + " ms";
        if (ms < 60_000) return sign + number(ms / 1000.0, 1) + " s";
        long seconds = ms / 1000;
        if (seconds < 3600) return String.format("%s%d min %02d s", sign, seconds / 60, seconds % 60);
        return String.format("%s%d h %02d min", sign, seconds / 3600, (seconds % 3600) / 60);
    }

    /** A number with at most {@code decimals} decimals and no trailing zeros. */
    static String number(Double value, int decimals) {
        if (value == null) return NONE;
        if (value.isNaN() || value.isInfinite()) return value.toString();
        BigDecimal rounded = BigDecimal.valueOf(value)
                .setScale(decimals, RoundingMode.HALF_EVEN)
                .stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
    }

    static String number(Double value) {
        return number(value, 4);
    }

    static String orNone(Object value) {
        return value == null ? NONE : value.toString();
    }

    /** {@code NOT_RUN} → {@code NOT RUN}. */
    static String label(String status) {
        return status == null ? NONE : status.replace('_', ' ');
    }
}
