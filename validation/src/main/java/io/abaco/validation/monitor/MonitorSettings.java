package io.abaco.validation.monitor;

import java.time.Duration;

/**
 * How {@code abaco monitor} runs.
 *
 * @param interval time between the starts of two validations (positive)
 * @param duration length of the window (24 hours in production); validations run at the start and every interval
 *     up to and including the end
 * @param stableRuns N of the playbook's questions: "stable?" means no FAIL in the last N runs
 */
public record MonitorSettings(Duration interval, Duration duration, int stableRuns) {
    public MonitorSettings {
        if (interval.isZero() || interval.isNegative()) throw new IllegalArgumentException("interval must be > 0");
        if (duration.isNegative()) throw new IllegalArgumentException("duration must be >= 0");
        if (stableRuns < 1) throw new IllegalArgumentException("stableRuns must be >= 1");
    }

    /** The production window: hourly for 24 hours, stable meaning no FAIL in the last 3 runs. */
    public static MonitorSettings productionWindow() {
        return new MonitorSettings(Duration.ofHours(1), Duration.ofHours(24), 3);
    }
}
