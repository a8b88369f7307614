package io.abaco.cutover.presentation;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the timeline's bars go: one row per phase, plus a {@code rollback} row when a rollback was recorded. Each
 * earlier attempt the journal saw is a thin bar, the last attempt (from the phase report) a full one. Times are
 * epoch milliseconds; without any time in the files the bars are laid end to end from 0 by duration.
 */
final class TimelineBars {
    static final String ROLLBACK_ROW = "rollback";

    private TimelineBars() {}

    /** One bar: {@code last} when it is the attempt the phase report (or the rollback report) describes. */
    record Bar(int row, String phase, long startMs, long endMs, String status, int attempt, boolean last) {}

    /** The row labels, top to bottom. */
    static List<String> rows(List<PhaseSummary> phases, Section<RollbackSummary> rollback) {
        List<String> rows =
                new ArrayList<>(phases.stream().map(PhaseSummary::phase).toList());
        if (rollback.available()) rows.add(ROLLBACK_ROW);
        return rows;
    }

    static List<Bar> of(List<PhaseSummary> phases, Section<RollbackSummary> rollback) {
        List<Bar> bars = new ArrayList<>();
        boolean timed = phases.stream().anyMatch(p -> p.startedAt() != null);
        long cursor = 0;
        for (int row = 0; row < phases.size(); row++) {
            PhaseSummary phase = phases.get(row);
            int lastAttempt = phase.attempts().stream()
                    .mapToInt(AttemptRow::attempt)
                    .max()
                    .orElse(1);
            bars.addAll(earlierAttempts(row, phase, lastAttempt));
            if (!phase.fromReport() || (timed && phase.startedAt() == null)) continue;
            long start = timed ? phase.startedAt().toEpochMilli() : cursor;
            long duration = duration(phase.durationMs(), phase.startedAt(), phase.finishedAt());
            bars.add(new Bar(row, phase.phase(), start, start + duration, phase.status(), lastAttempt, true));
            cursor = start + duration;
        }
        if (rollback.available()) {
            RollbackSummary summary = rollback.content();
            if (!timed || summary.startedAt() != null) {
                long start = timed ? summary.startedAt().toEpochMilli() : cursor;
                long duration = duration(summary.durationMs(), summary.startedAt(), summary.finishedAt());
                bars.add(new Bar(phases.size(), ROLLBACK_ROW, start, start + duration, summary.status(), 1, true));
            }
        }
        return bars;
    }

    /** Attempts the journal saw before the one the report describes (all of them when there is no report). */
    private static List<Bar> earlierAttempts(int row, PhaseSummary phase, int lastAttempt) {
        List<Bar> bars = new ArrayList<>();
        for (AttemptRow started : phase.attempts()) {
            boolean reportCoversIt = phase.fromReport() && started.attempt() >= lastAttempt;
            if (!"started".equals(started.event()) || started.at() == null || reportCoversIt) continue;
            AttemptRow ended = phase.attempts().stream()
                    .filter(a -> a.attempt() == started.attempt() && !"started".equals(a.event()))
                    .filter(a -> a.at() != null)
                    .findFirst()
                    .orElse(null);
            long start = started.at().toEpochMilli();
            long stop = ended == null ? start : ended.at().toEpochMilli();
            String status = ended == null ? "INTERRUPTED" : outcome(ended.event());
            bars.add(new Bar(row, phase.phase(), start, stop, status, started.attempt(), !phase.fromReport()));
        }
        return bars;
    }

    private static long duration(Long durationMs, java.time.Instant started, java.time.Instant finished) {
        if (durationMs != null) return durationMs;
        if (started != null && finished != null) return finished.toEpochMilli() - started.toEpochMilli();
        return 0;
    }

    private static String outcome(String event) {
        return switch (event == null ? "" : event) {
            case "passed" -> "PASS";
            case "failed" -> "FAIL";
            case "skipped" -> "SKIPPED";
            default -> "INTERRUPTED";
        };
    }
}
