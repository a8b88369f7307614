package io.abaco.validation.monitor;

import io.abaco.error.UsageException;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as operators write them on a command line: a whole number and a unit — {@code 2s}, {@code 30m},
 * {@code 1h}, {@code 24h}, {@code 1d} — or several of them ({@code 1h30m}). Thread-safe.
 */
public final class DurationText {
    private static final Pattern WHOLE = Pattern.compile("(?:\\d+(?:ms|s|m|h|d))+");
    private static final Pattern PART = Pattern.compile("(\\d+)(ms|s|m|h|d)");

    private DurationText() {}

    /** @throws UsageException naming {@code option} when {@code text} is not a duration */
    public static Duration parse(String option, String text) {
        String trimmed = text == null ? "" : text.trim();
        if (!WHOLE.matcher(trimmed).matches()) {
            throw new UsageException(option + ": '" + text + "' is not a duration (use e.g. 2s, 30m, 1h, 24h, 1h30m)");
        }
        Duration total = Duration.ZERO;
        Matcher part = PART.matcher(trimmed);
        try {
            while (part.find()) {
                long amount = Long.parseLong(part.group(1));
                total = total.plus(
                        switch (part.group(2)) {
                            case "ms" -> Duration.ofMillis(amount);
                            case "s" -> Duration.ofSeconds(amount);
                            case "m" -> Duration.ofMinutes(amount);
                            case "h" -> Duration.ofHours(amount);
                            default -> Duration.ofDays(amount);
                        });
            }
        } catch (ArithmeticException | NumberFormatException e) {
            throw new UsageException(option + ": '" + text + "' is too long a duration");
        }
        return total;
    }

    /** {@code duration} as {@link #parse} reads it back: {@code 1h30m}, {@code 2s}, {@code 0s}. */
    public static String format(Duration duration) {
        if (duration.isZero()) return "0s";
        StringBuilder text = new StringBuilder();
        long days = duration.toDays();
        if (days > 0) text.append(days).append('d');
        if (duration.toHoursPart() > 0) text.append(duration.toHoursPart()).append('h');
        if (duration.toMinutesPart() > 0) text.append(duration.toMinutesPart()).append('m');
        if (duration.toSecondsPart() > 0) text.append(duration.toSecondsPart()).append('s');
        if (duration.toMillisPart() > 0) text.append(duration.toMillisPart()).append("ms");
        return text.toString();
    }
}
