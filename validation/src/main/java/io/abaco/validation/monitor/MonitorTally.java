package io.abaco.validation.monitor;

import io.abaco.validation.CheckResult;
import io.abaco.validation.ReportStatus;
import io.abaco.validation.drift.DriftEntry;
import io.abaco.validation.monitor.MonitorSummary.CheckStats;
import io.abaco.validation.monitor.MonitorSummary.DecisionPoint;
import io.abaco.validation.monitor.MonitorSummary.DriftPoint;
import io.abaco.validation.monitor.MonitorSummary.LatencyStats;
import io.abaco.validation.monitor.MonitorSummary.RunRecord;
import io.abaco.validation.report.ValidationReport;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Accumulates the runs of one monitoring window into a {@link MonitorSummary}. Not thread-safe. */
final class MonitorTally {
    static final int HISTORY_LIMIT = 500;
    static final String PERFORMANCE_CHECK = "performance";

    private final Instant startedAt;
    private final MonitorSettings settings;
    private final Instant stableDue;
    private final Instant plannedEnd;
    private final List<RunRecord> runs = new ArrayList<>();
    private final Map<ReportStatus, Integer> byStatus = new EnumMap<>(ReportStatus.class);
    private final Map<String, int[]> checks = new TreeMap<>();
    private final List<Double> latencies = new ArrayList<>();
    private final Map<String, List<DriftPoint>> drift = new TreeMap<>();
    private DecisionPoint stable;
    private DecisionPoint handoff;
    private int runCount;

    MonitorTally(Instant startedAt, MonitorSettings settings) {
        this.startedAt = startedAt;
        this.settings = settings;
        this.stableDue = startedAt.plus(settings.duration().dividedBy(3));
        this.plannedEnd = startedAt.plus(settings.duration());
        for (ReportStatus status : ReportStatus.values()) byStatus.put(status, 0);
    }

    Instant plannedEnd() {
        return plannedEnd;
    }

    void recordReport(Instant at, long durationMs, ValidationReport report) {
        addRun(new RunRecord(at, report.status(), durationMs, null));
        for (CheckResult check : report.checks()) {
            int[] counts = checks.computeIfAbsent(check.name(), name -> new int[5]);
            counts[0]++;
            counts[1 + check.status().ordinal()]++;
            if (check.name().equals(PERFORMANCE_CHECK))
                latencyOf(check.observed()).ifPresent(latencies::add);
        }
        for (DriftEntry entry : report.drift()) {
            List<DriftPoint> series = drift.computeIfAbsent(entry.kpi(), kpi -> new ArrayList<>());
            series.add(new DriftPoint(report.timestamp(), entry.source(), entry.driftPct(), entry.current()));
            if (series.size() > HISTORY_LIMIT) series.remove(0);
        }
    }

    void recordFailure(Instant at, long durationMs, String error) {
        addRun(new RunRecord(at, ReportStatus.FAIL, durationMs, error));
    }

    private void addRun(RunRecord run) {
        runCount++;
        byStatus.merge(run.status(), 1, Integer::sum);
        runs.add(run);
        if (runs.size() > HISTORY_LIMIT) runs.remove(0);
    }

    /** Decides what is due at {@code now}; {@code finished} tells whether the whole window ran. */
    void decide(Instant now, boolean finished) {
        if (stable == null && !now.isBefore(stableDue)) {
            stable = evaluate("stable", "stable?", stableDue, false);
        }
        if (handoff == null && finished) {
            handoff = evaluate("handoff", "ready for hand-off?", plannedEnd, true);
        }
    }

    private DecisionPoint evaluate(String name, String question, Instant due, boolean requireFullWindow) {
        int window = Math.min(settings.stableRuns(), runs.size());
        List<RunRecord> last = runs.subList(runs.size() - window, runs.size());
        long fails = last.stream().filter(r -> r.status() == ReportStatus.FAIL).count();
        if (runs.isEmpty()) return new DecisionPoint(name, question, due, "no", "no validation ran");
        if (requireFullWindow && runCount < settings.stableRuns()) {
            return new DecisionPoint(
                    name, question, due, "no", "only " + runCount + " runs; need at least " + settings.stableRuns());
        }
        String reason = fails + " FAIL in the last " + window + " runs";
        return new DecisionPoint(name, question, due, fails == 0 ? "yes" : "no", reason);
    }

    MonitorSummary summary(Instant now, String state) {
        List<DecisionPoint> decisions = new ArrayList<>();
        decisions.add(stable != null ? stable : open("stable", "stable?", stableDue, state));
        decisions.add(handoff != null ? handoff : open("handoff", "ready for hand-off?", plannedEnd, state));
        Map<String, CheckStats> stats = new HashMap<>();
        checks.forEach((name, c) -> stats.put(name, new CheckStats(c[0], c[1], c[2], c[3], c[4])));
        Map<String, List<DriftPoint>> series = new TreeMap<>();
        drift.forEach((kpi, points) -> series.put(kpi, List.copyOf(points)));
        return new MonitorSummary(
                startedAt,
                now,
                plannedEnd,
                settings.interval().toSeconds(),
                state,
                runCount,
                byStatus,
                stats,
                latency(),
                series,
                decisions,
                runs);
    }

    private static DecisionPoint open(String name, String question, Instant due, String state) {
        boolean over = !state.equals("running");
        return new DecisionPoint(
                name,
                question,
                due,
                over ? "not_reached" : "pending",
                over ? "the monitor " + state + " before it was due" : "due at " + due);
    }

    private LatencyStats latency() {
        if (latencies.isEmpty()) return null;
        List<Double> sorted = latencies.stream().sorted().toList();
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        return new LatencyStats(n, sorted.get(0), median, sorted.get(n - 1));
    }

    /** The performance check reports latency as a number, or as a map holding {@code latency_ms}. */
    static java.util.Optional<Double> latencyOf(Object observed) {
        if (observed instanceof Number number) return java.util.Optional.of(number.doubleValue());
        if (observed instanceof Map<?, ?> map && map.get("latency_ms") instanceof Number number) {
            return java.util.Optional.of(number.doubleValue());
        }
        return java.util.Optional.empty();
    }

    static long millisBetween(Instant from, Instant to) {
        return Duration.between(from, to).toMillis();
    }
}
