package io.abaco.validation.monitor;

import io.abaco.validation.Numbers;
import io.abaco.validation.ReportStatus;
import io.abaco.validation.TextTable;
import java.time.Duration;
import java.util.Map;

/** The trend of a monitoring window for people: runs by verdict, per-check counts, latency, the playbook decisions. */
public final class MonitorSummaryText {
    private MonitorSummaryText() {}

    public static String render(MonitorSummary summary) {
        StringBuilder out = new StringBuilder();
        out.append("Monitoring ")
                .append(summary.state())
                .append(": ")
                .append(summary.runs())
                .append(" runs from ");
        out.append(summary.startedAt()).append(" to ").append(summary.updatedAt());
        out.append(" (interval ").append(DurationText.format(Duration.ofSeconds(summary.intervalSeconds())));
        out.append(", planned end ").append(summary.plannedEnd()).append(")\n");
        out.append("verdicts:");
        for (ReportStatus status : ReportStatus.values()) {
            out.append(' ')
                    .append(status)
                    .append(' ')
                    .append(summary.runsByStatus().getOrDefault(status, 0));
        }
        out.append('\n');
        if (summary.latencyMs() != null) {
            MonitorSummary.LatencyStats latency = summary.latencyMs();
            out.append("latency ms: min ").append(Numbers.format(latency.min())).append(", median ");
            out.append(Numbers.format(latency.median())).append(", max ").append(Numbers.format(latency.max()));
            out.append(" (").append(latency.samples()).append(" samples)\n");
        }
        if (!summary.checks().isEmpty()) {
            TextTable checks = new TextTable("CHECK", "RUNS", "PASS", "WARN", "FAIL", "SKIPPED");
            for (Map.Entry<String, MonitorSummary.CheckStats> check :
                    summary.checks().entrySet()) {
                MonitorSummary.CheckStats stats = check.getValue();
                checks.row(check.getKey(), stats.runs(), stats.passes(), stats.warns(), stats.fails(), stats.skipped());
            }
            out.append('\n').append(checks.render());
        }
        out.append('\n');
        for (MonitorSummary.DecisionPoint decision : summary.decisions()) {
            out.append(decision.question())
                    .append(' ')
                    .append(decision.answer())
                    .append(" (")
                    .append(decision.reason());
            out.append(")\n");
        }
        return out.toString();
    }
}
