package io.abaco.validation.report;

import io.abaco.validation.CheckResult;
import io.abaco.validation.CheckStatus;
import io.abaco.validation.ReportStatus;
import io.abaco.validation.drift.DriftEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of one {@code abaco validate}: written as {@code production_validation_report.json} and as a copy in the
 * validation history (DESIGN §9). Immutable.
 *
 * @param timestamp when validation ran (UTC)
 * @param status the worst check status ({@link ReportStatus#of(java.util.Collection)})
 * @param environment the environment validated, e.g. {@code production}
 * @param checks every check, in the order they ran
 * @param issues one line per check that did not pass, plus problems outside the checks
 * @param kpis the KPI values validated (percent; portfolio_health 0..10), by name
 * @param drift KPI drift against the baseline and the previous report
 * @param alerts what happened to the alerts about this report; empty until alerting ran
 */
public record ValidationReport(
        Instant timestamp,
        ReportStatus status,
        String environment,
        List<CheckResult> checks,
        List<String> issues,
        Map<String, Double> kpis,
        List<DriftEntry> drift,
        List<AlertDelivery> alerts) {
    public ValidationReport {
        checks = List.copyOf(checks);
        issues = List.copyOf(issues);
        kpis = kpis == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(kpis));
        drift = drift == null ? List.of() : List.copyOf(drift);
        alerts = alerts == null ? List.of() : List.copyOf(alerts);
    }

    /**
     * A report whose status is derived from {@code checks} and whose issues are one line per non-passing check
     * ({@code name: STATUS - message}) followed by {@code extraIssues}.
     */
    public static ValidationReport of(
            Instant timestamp,
            String environment,
            List<CheckResult> checks,
            List<String> extraIssues,
            Map<String, Double> kpis,
            List<DriftEntry> drift) {
        List<String> issues = new ArrayList<>();
        for (CheckResult check : checks) {
            if (check.status() != CheckStatus.PASS) {
                issues.add(check.name() + ": " + check.status() + " - " + check.message());
            }
        }
        issues.addAll(extraIssues);
        return new ValidationReport(
                timestamp, ReportStatus.of(checks), environment, checks, issues, kpis, drift, List.of());
    }

    /** The same report with the alert deliveries recorded; the status is unchanged whatever the deliveries say. */
    public ValidationReport withAlerts(List<AlertDelivery> deliveries) {
        return new ValidationReport(timestamp, status, environment, checks, issues, kpis, drift, deliveries);
    }
}
