package io.abaco.validation.publish;

import io.abaco.config.Secrets;
import io.abaco.validation.alert.Alerter;
import io.abaco.validation.report.AlertDelivery;
import io.abaco.validation.report.ValidationReport;
import io.abaco.validation.report.ValidationReportWriter;
import java.util.List;

/**
 * Writes a validation report, alerts from the file as written, then rewrites the report with the alert deliveries.
 * Alerting can never change the verdict: a webhook that fails, or an alerter that throws, becomes a FAILED delivery
 * in the report and nothing else. Not thread-safe.
 */
public final class ValidationPublisher {
    private final ValidationReportWriter writer;
    private final Alerter alerter;

    /** @param alerter null when alerts are not configured */
    public ValidationPublisher(ValidationReportWriter writer, Alerter alerter) {
        this.writer = writer;
        this.alerter = alerter;
    }

    /** @return the report as finally written, with its deliveries */
    public ValidationReport publish(ValidationReport report) {
        writer.write(report);
        if (alerter == null) return report;
        List<AlertDelivery> deliveries;
        try {
            deliveries = alerter.alert(writer.reportFile());
        } catch (RuntimeException e) {
            deliveries = List.of(new AlertDelivery(
                    "slack",
                    AlertDelivery.Outcome.FAILED,
                    report.timestamp(),
                    0,
                    List.of(),
                    Secrets.redact("alerting failed: " + e.getMessage())));
        }
        if (deliveries.isEmpty()) return report;
        ValidationReport withAlerts = report.withAlerts(deliveries);
        writer.write(withAlerts);
        return withAlerts;
    }
}
