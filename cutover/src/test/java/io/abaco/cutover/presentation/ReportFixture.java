package io.abaco.cutover.presentation;

import io.abaco.config.Secrets;
import io.abaco.config.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A realistic workspace after a cutover that passed five phases (staging-validate on its second attempt), failed
 * post-validate on KPI drift and was rolled back; plus an older cutover that failed preflight. Written by hand, the
 * way the producers write them, with a few unknown keys and one {@code <script>} planted in a check message.
 */
final class ReportFixture {
    static final String OLD_ID = "c-20261121T080000Z";
    static final String ID = "c-20261122T080000Z";
    static final String SECRET = "tok-9f8e7d6c5b4a3921";
    static final String URL_PASSWORD = "hunter2pass";
    static final String SCRIPT = "<script>alert('pwned')</script>";
    static final List<String> PHASE_FILES = List.of(
            "00-preflight.json",
            "01-backup.json",
            "02-staging-validate.json",
            "03-v1-stop.json",
            "04-v2-activate.json",
            "05-post-validate.json");
    /** The validation reports inside the newest cutover's window (the 07:00 one is before it started). */
    static final List<String> WINDOW_REPORTS = List.of(
            "2026-11-22T08-30-00.000Z.json",
            "2026-11-22T09-30-00.000Z.json",
            "2026-11-22T10-30-00.000Z.json",
            "2026-11-22T11-30-00.000Z.json",
            "2026-11-22T12-30-00.000Z.json");

    final Workspace workspace;
    final Path cutoverDir;

    private ReportFixture(Path root) {
        this.workspace = new Workspace(root);
        this.cutoverDir = workspace.cutoverDir(ID);
    }

    static ReportFixture write(Path root) {
        Secrets.register(SECRET);
        ReportFixture fixture = new ReportFixture(root);
        fixture.writeAll();
        return fixture;
    }

    /** Every file whose PASS/FAIL statuses the report shows as ✓/✗. */
    List<Path> statusFiles() {
        List<Path> files = new java.util.ArrayList<>();
        PHASE_FILES.forEach(name -> files.add(cutoverDir.resolve(name)));
        files.add(cutoverDir.resolve("shadow.json"));
        files.add(cutoverDir.resolve("rollback.json"));
        WINDOW_REPORTS.forEach(
                name -> files.add(workspace.validationHistoryDir().resolve(name)));
        return files;
    }

    Path file(String relative) {
        return workspace.root().resolve(relative);
    }

    private void writeAll() {
        String oldDir = "logs/cutover/" + OLD_ID + "/";
        put(
                oldDir + "00-preflight.json",
                PhaseJson.phase(
                        OLD_ID,
                        "preflight",
                        "FAIL",
                        "2026-11-21T08:00:00.200Z",
                        "2026-11-21T08:00:01.200Z",
                        1000,
                        """
                [{"name": "v1_healthy", "status": "FAIL", "observed": "connection refused", "threshold": "200 OK",
                  "message": "V1 health URL did not answer"}]""",
                        "[]",
                        "\"v1_healthy: V1 health URL did not answer\""));
        String dir = "logs/cutover/" + ID + "/";
        PhaseJson.newestPhases(ID, SECRET, URL_PASSWORD, SCRIPT).forEach((name, json) -> put(dir + name, json));
        put(dir + "journal.jsonl", PhaseJson.journal(ID, SECRET));
        put(dir + "cutover.log", PhaseJson.cutoverLog(SECRET));
        put(dir + "shadow.json", EvidenceJson.shadow());
        put(dir + "rollback.json", EvidenceJson.rollback(ID));
        put(".rollback/" + ID + "/backup-manifest.json", EvidenceJson.backupManifest(ID));
        put(
                "logs/validation/2026-11-22T07-00-00.000Z.json",
                EvidenceJson.validation("2026-11-22T07:00:00Z", "PASS", 3.90, 1.20, 96.0, 9.12, 41.0, "PASS", "PASS"));
        put(
                "logs/validation/" + WINDOW_REPORTS.get(0),
                EvidenceJson.validation("2026-11-22T08:30:00Z", "PASS", 4.10, 1.30, 95.5, 9.06, 52.5, "PASS", "PASS"));
        put(
                "logs/validation/" + WINDOW_REPORTS.get(1),
                EvidenceJson.validation("2026-11-22T09:30:00Z", "PASS", 4.35, 1.32, 95.1, 8.95, 61.0, "PASS", "PASS"));
        put(
                "logs/validation/" + WINDOW_REPORTS.get(2),
                EvidenceJson.validation("2026-11-22T10:30:00Z", "WARN", 4.80, 1.41, 94.2, 8.76, 88.0, "PASS", "WARN"));
        put(
                "logs/validation/" + WINDOW_REPORTS.get(3),
                EvidenceJson.validation("2026-11-22T11:30:00Z", "FAIL", 5.60, 1.55, 93.0, 8.48, 131.0, "FAIL", "PASS"));
        put(
                "logs/validation/" + WINDOW_REPORTS.get(4),
                EvidenceJson.validation("2026-11-22T12:30:00Z", "PASS", 4.20, 1.35, 95.3, 9.03, 57.0, "PASS", "PASS"));
        put(
                "logs/validation/monitor-summary.json",
                """
                {"started_at": "2026-11-22T08:30:00Z", "updated_at": "2026-11-22T12:30:05Z",
                 "planned_end": "2026-11-23T08:30:00Z", "interval_seconds": 3600, "state": "running", "runs": 5,
                 "runs_by_status": {"PASS": 3, "WARN": 1, "FAIL": 1},
                 "checks": {"performance": {"runs": 5, "passes": 4, "warns": 0, "fails": 1, "skipped": 0}},
                 "latency_ms": {"samples": 5, "min": 52.5, "median": 61.0, "max": 131.0},
                 "kpi_drift": {"par_30": [{"at": "2026-11-22T08:30:00Z", "source": "baseline", "drift_pct": 2.5}]},
                 "decisions": [{"name": "stable", "question": "stable after a third of the window?",
                                "due": "2026-11-22T16:30:00Z", "answer": "pending", "reason": "not due yet"}],
                 "history": [{"at": "2026-11-22T12:30:00Z", "status": "PASS", "duration_ms": 900}]}
                """);
        put("logs/validation/alert-state.json", "{\"last_sent\": {\"performance\": \"2026-11-22T11:30:00Z\"}}\n");
    }

    private void put(String relative, String content) {
        Path file = workspace.root().resolve(relative);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
