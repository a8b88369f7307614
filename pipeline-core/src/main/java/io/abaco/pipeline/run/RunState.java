package io.abaco.pipeline.run;

import io.abaco.pipeline.audit.AuditTrail;
import io.abaco.pipeline.calc.Anomaly;
import io.abaco.pipeline.calc.KpiResult;
import io.abaco.pipeline.ingest.IngestionResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What a run has learned so far; read when it fails as well as when it succeeds. */
final class RunState {
    final RunRequest request;
    final Instant startedAt;
    final List<RunSummary.PhaseSummary> phases = new ArrayList<>();
    final List<ComplianceRecord.AccessLogEntry> accessLog = new ArrayList<>();
    AuditTrail audit;
    IngestionResult ingestion;
    String runId;

    private final Clock clock;

    RunState(RunRequest request, Instant startedAt, Clock clock) {
        this.request = request;
        this.startedAt = startedAt;
        this.clock = clock;
    }

    void phase(String name, long rows, long millis) {
        phases.add(new RunSummary.PhaseSummary(name, rows, millis));
        request.progress().phaseFinished(name, rows, millis);
    }

    void access(String action, String path) {
        String user = request.environment().getOrDefault("USER", System.getProperty("user.name", "unknown"));
        accessLog.add(new ComplianceRecord.AccessLogEntry(clock.instant().toString(), user, action, path));
    }

    RunSummary summary(
            String status,
            RunSummary.InputSummary input,
            KpiResult kpis,
            List<Anomaly> anomalies,
            List<String> outputs,
            String error) {
        Instant completedAt = clock.instant();
        if (input == null && ingestion != null) {
            input = new RunSummary.InputSummary(
                    ingestion.header() == null ? null : ingestion.header().source(),
                    ingestion.inputSha256(),
                    ingestion.header() == null ? null : ingestion.header().format(),
                    ingestion.rowsRead(),
                    ingestion.accepted(),
                    ingestion.rejected(),
                    ingestion.duplicates(),
                    0);
        }
        return new RunSummary(
                status,
                runId,
                PipelineRunner.environment(request),
                startedAt.toString(),
                completedAt.toString(),
                Duration.between(startedAt, completedAt).toMillis(),
                input,
                phases,
                kpis == null ? Map.of() : kpis.values(),
                kpis == null ? List.of() : kpis.details(),
                anomalies,
                outputs,
                error);
    }
}
