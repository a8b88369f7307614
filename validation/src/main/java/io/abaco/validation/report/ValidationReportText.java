package io.abaco.validation.report;

import io.abaco.validation.CheckResult;
import io.abaco.validation.CheckStatus;
import io.abaco.validation.TextTable;
import java.util.EnumMap;
import java.util.Map;

/** A {@link ValidationReport} for people: a table of checks, or one line (what {@code abaco monitor} prints per run). */
public final class ValidationReportText {
    private ValidationReportText() {}

    /** The verdict, one row per check with its message, then the alert deliveries. */
    public static String render(ValidationReport report) {
        StringBuilder out = new StringBuilder();
        out.append("Validation: ")
                .append(report.status())
                .append(" (")
                .append(report.environment())
                .append(", ");
        out.append(report.timestamp()).append(")\n\n");
        TextTable table = new TextTable("CHECK", "STATUS", "MESSAGE");
        for (CheckResult check : report.checks()) table.row(check.name(), check.status(), check.message());
        out.append(table.render());
        for (AlertDelivery alert : report.alerts()) {
            out.append("\nalert ").append(alert.channel()).append(": ").append(alert.outcome());
            out.append(" (")
                    .append(String.join(", ", alert.checks()))
                    .append(") ")
                    .append(alert.detail());
        }
        if (!report.alerts().isEmpty()) out.append('\n');
        return out.toString();
    }

    /** {@code <timestamp> <STATUS>  pass N, warn N, fail N, skipped N[; failed: a, b]}. */
    public static String line(ValidationReport report) {
        Map<CheckStatus, Integer> counts = new EnumMap<>(CheckStatus.class);
        for (CheckStatus status : CheckStatus.values()) counts.put(status, 0);
        StringBuilder failed = new StringBuilder();
        for (CheckResult check : report.checks()) {
            counts.merge(check.status(), 1, Integer::sum);
            if (check.failed()) failed.append(failed.length() == 0 ? "" : ", ").append(check.name());
        }
        String line = report.timestamp() + " " + report.status() + "  pass " + counts.get(CheckStatus.PASS) + ", warn "
                + counts.get(CheckStatus.WARN) + ", fail " + counts.get(CheckStatus.FAIL) + ", skipped "
                + counts.get(CheckStatus.SKIPPED);
        return failed.length() == 0 ? line : line + "; failed: " + failed;
    }
}
