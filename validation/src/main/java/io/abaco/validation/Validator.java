package io.abaco.validation;

import io.abaco.config.LoadedConfig;
import io.abaco.config.Secrets;
import io.abaco.config.Workspace;
import io.abaco.config.model.AbacoConfig;
import io.abaco.config.model.SlackConfig;
import io.abaco.pipeline.run.RunHistory;
import io.abaco.pipeline.run.RunRecord;
import io.abaco.pipeline.run.TapeSource;
import io.abaco.validation.alert.AlertSender;
import io.abaco.validation.alert.AlertStateStore;
import io.abaco.validation.alert.Alerter;
import io.abaco.validation.alert.SlackWebhookSender;
import io.abaco.validation.check.AuditTrailCheck;
import io.abaco.validation.check.DataIntegrityCheck;
import io.abaco.validation.check.ErrorHandlingCheck;
import io.abaco.validation.check.ErrorRateCheck;
import io.abaco.validation.check.KpiCalculationsCheck;
import io.abaco.validation.check.PerformanceCheck;
import io.abaco.validation.check.ValidationCheck;
import io.abaco.validation.check.ValidationContext;
import io.abaco.validation.drift.KpiDrift;
import io.abaco.validation.publish.ValidationPublisher;
import io.abaco.validation.report.ValidationHistory;
import io.abaco.validation.report.ValidationReport;
import io.abaco.validation.report.ValidationReportWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code abaco validate} (DESIGN §9): runs the checks ({@code kpi_calculations}, {@code data_integrity},
 * {@code performance}, {@code error_handling}, {@code audit_trail}, {@code error_rate}) and KPI drift against the
 * pre-cutover baseline and the previous report, then publishes the report ({@code production_validation_report.json}
 * and its history copy) and alerts through Slack when enabled. A check that throws is recorded as FAIL with the
 * (redacted) error: one broken check never hides the others. Returns the report; deciding the exit code is the
 * caller's. Not thread-safe for two validations of one workspace at the same time.
 */
public final class Validator {
    private final List<ValidationCheck> checks;
    private final Function<SlackConfig, AlertSender> alertSenders;

    /** The product: the real ingestion engine, alerts through {@link SlackWebhookSender}. */
    public Validator() {
        this(standardChecks(TapeSource.INGESTION), SlackWebhookSender::standard);
    }

    /**
     * @param checks the checks to run, in report order
     * @param alertSenders builds the sender for the configured webhook (used only when alerts are enabled)
     */
    public Validator(List<ValidationCheck> checks, Function<SlackConfig, AlertSender> alertSenders) {
        this.checks = List.copyOf(checks);
        this.alertSenders = alertSenders;
    }

    /** The checks of DESIGN §9 plus {@code error_rate}, with {@code engine} fed the bad tapes. */
    public static List<ValidationCheck> standardChecks(TapeSource engine) {
        return List.of(
                new KpiCalculationsCheck(),
                new DataIntegrityCheck(),
                new PerformanceCheck(),
                new ErrorHandlingCheck(engine, io.abaco.validation.check.BadTape.standard()),
                new AuditTrailCheck(),
                new ErrorRateCheck());
    }

    /**
     * Validates the workspace and publishes the report.
     *
     * @param environment the process environment (secrets to redact, the PII key)
     * @return the report as written, with its alert deliveries
     */
    public ValidationReport validate(
            Workspace workspace, LoadedConfig config, Map<String, String> environment, Clock clock) {
        Secrets.registerFromEnvironment(environment);
        ValidationReport report = assess(workspace, config, environment, clock);
        return publisher(workspace, config.config(), clock).publish(report);
    }

    /** The report without writing or alerting anything (what {@link #validate} publishes). */
    public ValidationReport assess(
            Workspace workspace, LoadedConfig config, Map<String, String> environment, Clock clock) {
        AbacoConfig settings = config.config();
        Instant timestamp = clock.instant();
        ValidationReport previous = new ValidationHistory(historyDir(workspace, settings))
                .before(timestamp)
                .orElse(null);
        List<CheckResult> results = new ArrayList<>();
        RunRecord latest = null;
        ValidationContext probe =
                new ValidationContext(workspace, config, environment, clock, timestamp, null, previous);
        try {
            latest = RunHistory.latest(probe.runsDir(), null).orElse(null);
        } catch (UncheckedIOException e) {
            results.add(CheckResult.fail(
                    "latest_run", null, null, Secrets.redact("cannot read the latest run: " + e.getMessage())));
        }
        ValidationContext context =
                new ValidationContext(workspace, config, environment, clock, timestamp, latest, previous);
        for (ValidationCheck check : checks) results.add(runGuarded(check, context));

        Map<String, Double> kpis = latest == null ? Map.of() : latest.summary().kpis();
        DriftChecks drift = DriftChecks.assess(
                context, new KpiDrift(settings.validation().thresholds().kpiDriftPct()));
        results.addAll(drift.checks());
        return ValidationReport.of(timestamp, settings.environment(), results, List.of(), kpis, drift.entries());
    }

    private static CheckResult runGuarded(ValidationCheck check, ValidationContext context) {
        try {
            CheckResult result = check.run(context);
            return new CheckResult(
                    result.name(),
                    result.status(),
                    result.observed(),
                    result.threshold(),
                    Secrets.redact(result.message()));
        } catch (RuntimeException e) {
            return CheckResult.fail(
                    check.name(),
                    null,
                    null,
                    Secrets.redact(
                            "the check failed with an error: " + e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }

    private ValidationPublisher publisher(Workspace workspace, AbacoConfig settings, Clock clock) {
        Path historyDir = historyDir(workspace, settings);
        ValidationReportWriter writer = new ValidationReportWriter(workspace.validationReport(), historyDir);
        SlackConfig slack = settings.alerts() == null ? null : settings.alerts().slack();
        Alerter alerter = slack == null || !slack.enabled()
                ? null
                : new Alerter(
                        slack,
                        alertSenders.apply(slack),
                        new AlertStateStore(historyDir.resolve(AlertStateStore.FILE_NAME)),
                        clock);
        return new ValidationPublisher(writer, alerter);
    }

    /** {@code validation.history_dir}, {@code logs/validation} by default. */
    public static Path historyDir(Workspace workspace, AbacoConfig settings) {
        String configured =
                settings.validation() == null ? null : settings.validation().historyDir();
        return configured == null || configured.isBlank()
                ? workspace.validationHistoryDir()
                : workspace.resolve(configured);
    }
}
