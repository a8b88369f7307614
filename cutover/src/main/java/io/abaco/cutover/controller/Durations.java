package io.abaco.cutover.controller;

import java.time.Duration;

/** Turns the {@code *_seconds} doubles of the configuration into durations, and durations into short text. */
final class Durations {
    private Durations() {}

    /** {@code seconds} as a duration, or {@code fallback} when it is not positive (absent from the config). */
    static Duration ofSeconds(double seconds, Duration fallback) {
        if (!(seconds > 0)) return fallback;
        return Duration.ofMillis(Math.round(seconds * 1000));
    }

    /** "1.5 s", "30 s". */
    static String seconds(Duration duration) {
        long millis = duration.toMillis();
        if (millis % 1000 == 0) return (millis / 1000) + " s";
        return String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
